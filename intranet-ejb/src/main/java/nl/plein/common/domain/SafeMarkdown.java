package nl.plein.common.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown as written in the editors of knowledge pages and news (headings, bold, italic, lists,
 * links, quotes, tables typed as HTML), rendered by commonmark and passed through the OWASP
 * sanitizer's allow-list. Pasted HTML is not refused: what is safe stays, the rest (scripts, event
 * handlers, styles, forms, frames) goes. The title is a text's only {@code h1}: {@code #} becomes
 * {@code h2}.
 */
public final class SafeMarkdown {
  private static final Parser PARSER = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).sanitizeUrls(true).build();

  private SafeMarkdown() {}

  /**
   * The allow-list.
   *
   * @param ownImages the addresses images may come from (no tracking pixels), or null for no images
   */
  public static PolicyFactory policy(Pattern ownImages) {
    HtmlPolicyBuilder b = new HtmlPolicyBuilder()
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
        .requireRelsOnLinks("noopener", "noreferrer");
    if (ownImages != null) {
      b.allowElements("img").allowAttributes("src").matching(ownImages).onElements("img")
          .allowAttributes("alt").onElements("img");
    }
    return b.toFactory();
  }

  public static String render(String source, PolicyFactory policy) {
    return policy.sanitize(RENDERER.render(PARSER.parse(source)));
  }

  /** A comment's Markdown with HTML typed in shown as text. */
  public static String renderComment(String source, PolicyFactory policy) {
    return render(source.replace("&", "&amp;").replace("<", "&lt;"), policy);
  }
}
