package nl.plein.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/** A comment on a post, or a reply to a comment (replies are one level deep). */
@Entity
@Table(name = "post_comment")
public class Comment {
  public static final int MAX_LENGTH = 2000;

  @Id private UUID id;

  @Column(name = "post_id", nullable = false)
  private UUID postId;

  @Column(name = "parent_id")
  private UUID parentId;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String html;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @OptimisticLock(excluded = true)
  @Column(name = "like_count", nullable = false)
  private int likeCount;

  @Version private int version;

  protected Comment() {}

  public Comment(UUID postId, UUID parentId, UUID authorId, String source, String html, Instant now) {
    this.id = UUID.randomUUID();
    this.postId = Objects.requireNonNull(postId);
    this.parentId = parentId;
    this.authorId = Objects.requireNonNull(authorId);
    this.source = source;
    this.html = html;
    this.createdAt = now;
  }

  public void delete(Instant now) {
    if (deletedAt == null) {
      deletedAt = now;
    }
  }

  public void restore() {
    deletedAt = null;
  }

  public String getSource() {
    return source;
  }

  public void recountLikes(long count) {
    likeCount = (int) count;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPostId() {
    return postId;
  }

  public UUID getParentId() {
    return parentId;
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

  public int getLikeCount() {
    return likeCount;
  }
}
