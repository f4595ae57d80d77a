package nl.plein.news.api;

/** News (by content editors) or a blog (by bloggers and content editors; with comments and likes). */
public enum NewsKind {
  NEWS, BLOG;

  /** The Dutch code of the API and the addresses: {@code nieuws}, {@code blog}. */
  public String code() {
    return this == NEWS ? "nieuws" : "blog";
  }

  public static java.util.Optional<NewsKind> fromCode(String code) {
    return java.util.Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
