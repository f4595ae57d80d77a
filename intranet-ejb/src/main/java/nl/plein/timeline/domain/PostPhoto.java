package nl.plein.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.plein.media.domain.ImageSizes;

/** A photo in a post, in the sizes the pages use; {@code position} keeps the order it was added in. */
@Entity
@Table(name = "post_photo")
public class PostPhoto extends ImageSizes {
  /** At most this many photos in one post. */
  public static final int MAX_PER_POST = nl.plein.media.api.UploadLimits.PHOTOS_PER_POST;

  @Id private UUID id;

  @Column(name = "post_id", nullable = false)
  private UUID postId;

  @Column(nullable = false)
  private int position;

  protected PostPhoto() {}

  public PostPhoto(UUID postId, int position) {
    this.id = UUID.randomUUID();
    this.postId = postId;
    this.position = position;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPostId() {
    return postId;
  }

  public int getPosition() {
    return position;
  }
}
