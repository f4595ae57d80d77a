package nl.plein.pages.domain;

import java.util.regex.Pattern;
import nl.plein.common.api.HtmlText;
import nl.plein.common.api.ValidationException;
import nl.plein.common.domain.SafeMarkdown;
import org.owasp.html.PolicyFactory;

/**
 * The text of a knowledge page: Markdown, written with the editor's toolbar and preview (headings,
 * bold, italic, lists, links, quotes, tables typed as HTML, images of the page). HTML pasted into the
 * text is not refused: the OWASP sanitizer keeps what is safe and drops the rest (scripts, event
 * handlers, styles, forms, frames, images from elsewhere), so a pasted fragment from Word or another
 * site keeps its structure without its dangers.
 *
 * <p>The page's title is its only {@code h1}: a {@code #} heading in the text becomes {@code h2}.
 */
public final class PageText {
  /** The address of a page's image, the only images a page may show (no tracking pixels). */
  public static final Pattern OWN_IMAGE = Pattern.compile("/pages/file/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  private static final PolicyFactory POLICY = SafeMarkdown.policy(OWN_IMAGE);

  private PageText() {}

  /** Trims and checks the title: required, at most {@value KnowledgePage#MAX_TITLE} characters, one line. */
  public static String title(String field, String title) {
    String t = title == null ? "" : title.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    if (t.isEmpty()) {
      throw ValidationException.of(field, "error.field.required");
    }
    if (t.length() > KnowledgePage.MAX_TITLE) {
      throw ValidationException.of(field, "error.field.tooLong", KnowledgePage.MAX_TITLE);
    }
    return t;
  }

  /** Trims the text (line ends as {@code \n}) and checks its length; an empty page is allowed. */
  public static String source(String field, String source) {
    String s = source == null ? "" : source.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (s.length() > KnowledgePage.MAX_SOURCE) {
      throw ValidationException.of(field, "error.field.tooLong", KnowledgePage.MAX_SOURCE);
    }
    return s;
  }

  public static final int MAX_COMMENT = 2000;

  /** Trims and checks a comment: required, at most {@value #MAX_COMMENT} characters. */
  public static String comment(String field, String text) {
    String t = text == null ? "" : text.replace("\r\n", "\n").strip();
    if (t.isEmpty()) {
      throw ValidationException.of(field, "error.field.required");
    }
    if (t.length() > MAX_COMMENT) {
      throw ValidationException.of(field, "error.field.tooLong", MAX_COMMENT);
    }
    return t;
  }

  /** A comment's HTML: its Markdown, with HTML typed in shown as text. */
  public static String renderComment(String source) {
    return SafeMarkdown.renderComment(source, POLICY);
  }

  /** The safe HTML of a page's text. */
  public static String render(String source) {
    return SafeMarkdown.render(source, POLICY);
  }

  /** Plain text of rendered HTML, for the index. */
  public static String plain(String html) {
    return HtmlText.plain(html);
  }
}
