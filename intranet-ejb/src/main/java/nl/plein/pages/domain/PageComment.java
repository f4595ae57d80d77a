package nl.plein.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.plein.common.domain.WrittenComment;

/** A comment under a page, visible to its readers. Deleting is soft. */
@Entity
@Table(name = "page_comment")
public class PageComment extends WrittenComment {
  @Column(name = "page_id", nullable = false)
  private UUID pageId;

  protected PageComment() {}

  public PageComment(UUID pageId, UUID authorId, String source, String html, Instant now) {
    super(authorId, source, html, now);
    this.pageId = pageId;
  }

  public UUID getPageId() {
    return pageId;
  }
}
