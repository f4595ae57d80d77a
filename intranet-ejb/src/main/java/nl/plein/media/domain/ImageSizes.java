package nl.plein.media.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import nl.plein.people.api.PhotoSize;

/**
 * An uploaded image in the sizes the pages need, re-encoded as JPEG (so without EXIF data): the
 * columns small, medium, large and updated_at that profile photos and group images share.
 */
@MappedSuperclass
public abstract class ImageSizes {
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] small;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] medium;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] large;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  /** The sizes as the photo pipeline made them. */
  public void replace(Map<PhotoSize, byte[]> sizes, Instant now) {
    this.small = sizes.get(PhotoSize.SMALL);
    this.medium = sizes.get(PhotoSize.MEDIUM);
    this.large = sizes.get(PhotoSize.LARGE);
    this.updatedAt = now;
  }

  public byte[] content(PhotoSize size) {
    return switch (size) {
      case SMALL -> small;
      case MEDIUM -> medium;
      case LARGE -> large;
    };
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
