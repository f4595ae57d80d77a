package nl.plein.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.plein.media.domain.ImageSizes;

/** A person's photo in the sizes the pages need. */
@Entity
@Table(name = "person_photo")
public class PersonPhoto extends ImageSizes {
  @Id
  @Column(name = "person_id")
  private UUID personId;

  protected PersonPhoto() {}

  public PersonPhoto(UUID personId) {
    this.personId = personId;
  }

  public UUID getPersonId() {
    return personId;
  }
}
