package nl.plein.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person likes a comment, once. */
@Entity
@Table(name = "comment_like")
public class CommentLike {
  @Embeddable
  public record Key(@Column(name = "comment_id") UUID commentId, @Column(name = "person_id") UUID personId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CommentLike() {}

  public CommentLike(UUID commentId, UUID personId, Instant now) {
    this.key = new Key(commentId, personId);
    this.createdAt = now;
  }
}
