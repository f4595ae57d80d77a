package nl.plein.news.api;

import java.time.Instant;
import java.util.List;
import nl.plein.media.api.UploadedFile;

/**
 * A news item or blog as written: title, a short teaser (optional: the start of the text
 * otherwise), the text in Markdown, who it is for, and when it appears (null: now).
 *
 * @param image a new picture, or null to keep the current one
 * @param imageAlt the picture described for who cannot see it (required with a picture)
 * @param removeImage take the current picture away
 */
public record NewsRequest(NewsKind kind, String title, String teaser, String text, List<NewsTarget> targets,
    Instant publishAt, UploadedFile image, String imageAlt, boolean removeImage) {
  public NewsRequest {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }
}
