package nl.plein.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One person follows another; the timeline shows what followed people do. */
@Entity
@Table(name = "person_follow")
public class PersonFollow {
  @Embeddable
  public record Key(
      @Column(name = "follower_id") UUID followerId, @Column(name = "followed_id") UUID followedId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PersonFollow() {}

  public PersonFollow(UUID followerId, UUID followedId) {
    this.key = new Key(followerId, followedId);
    this.createdAt = Instant.now();
  }

  public Key getKey() {
    return key;
  }
}
