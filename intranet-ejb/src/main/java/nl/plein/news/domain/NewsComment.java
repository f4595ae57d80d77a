package nl.plein.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.plein.common.domain.WrittenComment;

/** A comment under a blog, visible to its readers. Deleting is soft. */
@Entity
@Table(name = "news_comment")
public class NewsComment extends WrittenComment {
  @Column(name = "news_id", nullable = false)
  private UUID newsId;

  protected NewsComment() {}

  public NewsComment(UUID newsId, UUID authorId, String source, String html, Instant now) {
    super(authorId, source, html, now);
    this.newsId = newsId;
  }

  public UUID getNewsId() {
    return newsId;
  }
}
