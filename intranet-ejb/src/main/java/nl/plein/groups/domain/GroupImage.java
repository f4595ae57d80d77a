package nl.plein.groups.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A group's image in the sizes the pages use (square JPEGs, EXIF removed by re-encoding). */
@Entity
@Table(name = "group_image")
public class GroupImage {
  @Id
  @Column(name = "group_id")
  private UUID groupId;

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

  protected GroupImage() {}

  public GroupImage(UUID groupId) {
    this.groupId = groupId;
  }

  public void replace(byte[] small, byte[] medium, byte[] large, Instant now) {
    this.small = small;
    this.medium = medium;
    this.large = large;
    this.updatedAt = now;
  }

  public UUID getGroupId() {
    return groupId;
  }

  public byte[] getSmall() {
    return small;
  }

  public byte[] getMedium() {
    return medium;
  }

  public byte[] getLarge() {
    return large;
  }

  public int getVersion() {
    return version;
  }
}
