package nl.plein.common.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Safe HTML that Plein made (sanitized posts, pages) as plain text: for snippets and the search index. */
public final class HtmlText {
  private static final Pattern BLOCK = Pattern.compile(
      "</?(p|br|ul|ol|li|h[1-6]|blockquote|pre|hr|table|tr|td|th|caption|div)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern ENTITY = Pattern.compile("&(#(\\d+)|#x([0-9a-fA-F]+)|lt|gt|amp|quot|apos|nbsp);");

  private HtmlText() {}

  /** Blocks become spaces, inline tags (bold, links) vanish, entities become their characters, white space is one space. */
  public static String plain(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String text = TAG.matcher(BLOCK.matcher(html).replaceAll(" ")).replaceAll("");
    Matcher entity = ENTITY.matcher(text);
    StringBuilder plain = new StringBuilder(text.length());
    while (entity.find()) {
      String replacement = switch (entity.group(1)) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> " ";
        default -> entity.group(2) != null
            ? new String(Character.toChars(Integer.parseInt(entity.group(2))))
            : new String(Character.toChars(Integer.parseInt(entity.group(3), 16)));
      };
      entity.appendReplacement(plain, Matcher.quoteReplacement(replacement));
    }
    entity.appendTail(plain);
    return plain.toString().replaceAll("\\s+", " ").strip();
  }
}
