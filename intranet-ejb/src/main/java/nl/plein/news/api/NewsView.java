package nl.plein.news.api;

import java.io.Serializable;
import java.util.List;

/**
 * A news item or blog as the reader sees it.
 *
 * @param html the text as sanitized HTML
 * @param source the Markdown, only for who may edit it
 * @param writtenTeaser the teaser as written (null when the text's start stands in), only for who may edit it
 * @param targets who it is for, named (e.g. "Gemeente Dijkvliet", "Burgerzaken")
 * @param targetCodes who it is for, as {@link NewsTarget#code()}s (for the editor)
 * @param edited changed after its publication
 */
public record NewsView(NewsSummary summary, String html, String source, String writtenTeaser, List<String> targets,
    List<String> targetCodes, boolean edited, boolean liked, boolean mayEdit, boolean mayComment)
    implements Serializable {
  public NewsView {
    targets = List.copyOf(targets);
    targetCodes = List.copyOf(targetCodes);
  }
}
