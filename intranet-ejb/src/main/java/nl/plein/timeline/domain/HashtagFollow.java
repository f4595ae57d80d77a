package nl.plein.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A person follows a hashtag: its posts join their timeline. */
@Entity
@Table(name = "hashtag_follow")
public class HashtagFollow {
  @Embeddable
  public record Key(@Column(name = "person_id") UUID personId, @Column(name = "tag") String tag)
      implements Serializable {}

  @EmbeddedId private Key key;

  protected HashtagFollow() {}

  public HashtagFollow(UUID personId, String tag) {
    this.key = new Key(personId, tag);
  }
}
