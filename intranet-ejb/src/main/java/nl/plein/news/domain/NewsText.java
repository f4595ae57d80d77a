package nl.plein.news.domain;

import java.util.List;
import java.util.regex.Pattern;
import nl.plein.common.api.HtmlText;
import nl.plein.common.api.ValidationException;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
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

  private static final Parser PARSER = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("p", "br", "strong", "em", "b", "i", "u", "s", "sub", "sup", "ul", "ol", "li", "a", "code",
          "pre", "blockquote", "hr", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot",
          "tr", "th", "td", "abbr", "dl", "dt", "dd")
      .allowElements((name, attributes) -> "h2", "h1")
      .allowUrlProtocols("http", "https", "mailto")
      .allowAttributes("href").onElements("a")
      .allowAttributes("title").onElements("a", "abbr")
      .allowAttributes("scope").matching(Pattern.compile("row|col|rowgroup|colgroup")).onElements("th")
      .allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,2}")).onElements("th", "td")
      .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
      .requireRelsOnLinks("noopener", "noreferrer")
      .toFactory();

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
    return POLICY.sanitize(RENDERER.render(PARSER.parse(source)));
  }

  /** A comment's HTML: its Markdown, with HTML typed in shown as text. */
  public static String renderComment(String source) {
    return render(source.replace("&", "&amp;").replace("<", "&lt;"));
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
