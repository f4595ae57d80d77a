package nl.plein.common.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A comment under something its readers see (a knowledge page, a blog): the columns id, author_id,
 * source, html, created_at and deleted_at that those comments share. Deleting is soft.
 */
@MappedSuperclass
public abstract class WrittenComment {
  @Id private UUID id;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  /** As written (Markdown). */
  @Column(nullable = false)
  private String source;

  /** The sanitized HTML it gives. */
  @Column(nullable = false)
  private String html;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected WrittenComment() {}

  protected WrittenComment(UUID authorId, String source, String html, Instant now) {
    this.id = UUID.randomUUID();
    this.authorId = authorId;
    this.source = source;
    this.html = html;
    this.createdAt = now;
  }

  public void delete(Instant now) {
    this.deletedAt = now;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getAuthorId() {
    return authorId;
  }

  public String getHtml() {
    return html;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
