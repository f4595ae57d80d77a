package nl.plein.people.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PhotoSize;

/** A person's photo in the sizes the pages need, re-encoded as JPEG (so without EXIF data). */
@Entity
@Table(name = "person_photo")
public class PersonPhoto {
  @Id
  @Column(name = "person_id")
  private UUID personId;

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

  protected PersonPhoto() {}

  public PersonPhoto(UUID personId) {
    this.personId = personId;
  }

  public void replace(byte[] small, byte[] medium, byte[] large) {
    this.small = small;
    this.medium = medium;
    this.large = large;
    this.updatedAt = Instant.now();
  }

  public byte[] content(PhotoSize size) {
    return switch (size) {
      case SMALL -> small;
      case MEDIUM -> medium;
      case LARGE -> large;
    };
  }

  public UUID getPersonId() {
    return personId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
