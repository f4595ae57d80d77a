package nl.plein.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment under a blog, visible to its readers. Deleting is soft. */
@Entity
@Table(name = "news_comment")
public class NewsComment {
  @Id private UUID id;

  @Column(name = "news_id", nullable = false)
  private UUID newsId;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String html;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected NewsComment() {}

  public NewsComment(UUID newsId, UUID authorId, String source, String html, Instant now) {
    this.id = UUID.randomUUID();
    this.newsId = newsId;
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

  public UUID getNewsId() {
    return newsId;
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
