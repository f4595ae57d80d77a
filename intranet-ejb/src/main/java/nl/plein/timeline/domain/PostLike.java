package nl.plein.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person likes a post: once (the key makes a second like impossible). */
@Entity
@Table(name = "post_like")
public class PostLike {
  @Embeddable
  public record Key(@Column(name = "post_id") UUID postId, @Column(name = "person_id") UUID personId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PostLike() {}

  public PostLike(UUID postId, UUID personId, Instant now) {
    this.key = new Key(postId, personId);
    this.createdAt = now;
  }

  public Key getKey() {
    return key;
  }
}
