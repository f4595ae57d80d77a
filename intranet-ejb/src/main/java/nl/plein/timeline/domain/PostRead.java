package nl.plein.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Someone acknowledged that they read a must-read post. */
@Entity
@Table(name = "post_read")
public class PostRead {
  @Embeddable
  public record Key(@Column(name = "post_id") UUID postId, @Column(name = "person_id") UUID personId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected PostRead() {}

  public PostRead(UUID postId, UUID personId, Instant now) {
    this.key = new Key(postId, personId);
    this.readAt = now;
  }
}
