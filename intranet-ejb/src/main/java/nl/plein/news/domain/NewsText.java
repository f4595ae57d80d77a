package nl.plein.news.domain;

import nl.plein.common.api.HtmlText;
import nl.plein.common.api.ValidationException;
import nl.plein.common.domain.SafeMarkdown;
import org.owasp.html.PolicyFactory;

/**
 * The text of a news item or blog: Markdown written with the editor's toolbar; pasted HTML keeps
 * what is safe (as on knowledge pages). The item's picture is its own field, so the text holds no
 * images (no tracking pixels either). The title is the only {@code h1}: a {@code #} heading becomes
 * {@code h2}.
 */
public final class NewsText {
  public static final int MAX_TITLE = 200;
  public static final int MAX_TEASER = 300;
  public static final int MAX_SOURCE = 50_000;
  public static final int MAX_ALT = 200;
  public static final int MAX_COMMENT = 2000;

  /** As a knowledge page, without images: the item's picture is a field of its own. */
  private static final PolicyFactory POLICY = SafeMarkdown.policy(null);

  private NewsText() {}

  /** Trims a one-line text and checks it: required (if so) and at most {@code max} characters. */
  public static String line(String field, String text, boolean required, int max) {
    String t = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    if (t.isEmpty() && required) {
      throw ValidationException.of(field, "error.field.required");
    }
    if (t.length() > max) {
      throw ValidationException.of(field, "error.field.tooLong", max);
    }
    return t.isEmpty() ? null : t;
  }

  /** Trims the text (line ends as {@code \n}) and checks it: required, at most {@value #MAX_SOURCE} characters. */
  public static String source(String field, String source, int max) {
    String s = source == null ? "" : source.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (s.isEmpty()) {
      throw ValidationException.of(field, "error.field.required");
    }
    if (s.length() > max) {
      throw ValidationException.of(field, "error.field.tooLong", max);
    }
    return s;
  }

  /** The safe HTML of an item's text. */
  public static String render(String source) {
    return SafeMarkdown.render(source, POLICY);
  }

  /** A comment's HTML: its Markdown, with HTML typed in shown as text. */
  public static String renderComment(String source) {
    return SafeMarkdown.renderComment(source, POLICY);
  }

  /** The teaser as written, or else the start of the text (at most {@value #MAX_TEASER} characters, at a word). */
  public static String teaser(String teaser, String html) {
    if (teaser != null && !teaser.isBlank()) {
      return teaser;
    }
    String plain = HtmlText.plain(html);
    if (plain.length() <= 160) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', 160);
    return plain.substring(0, cut > 80 ? cut : 160).strip() + " …";
  }
}
