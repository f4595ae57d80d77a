package nl.plein.platform.web;

/** Reads the {@code page} parameter of a list leniently: anything odd shows the first page. */
public final class PageNumbers {
  /** The page size of every list in the pages. */
  public static final int SIZE = 20;

  private PageNumbers() {}

  public static int parse(String page) {
    if (page == null || page.isBlank() || page.length() > 9) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
