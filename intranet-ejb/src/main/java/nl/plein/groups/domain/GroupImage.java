package nl.plein.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.plein.media.domain.ImageSizes;

/** A group's image in the sizes the pages use. */
@Entity
@Table(name = "group_image")
public class GroupImage extends ImageSizes {
  @Id
  @Column(name = "group_id")
  private UUID groupId;

  protected GroupImage() {}

  public GroupImage(UUID groupId) {
    this.groupId = groupId;
  }

  public UUID getGroupId() {
    return groupId;
  }
}
