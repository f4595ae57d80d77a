package nl.plein.people.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A directory hit: enough to phone or mail someone without opening the profile. */
public record PersonSummary(
    UUID id,
    String displayName,
    String initials,
    String functionTitle,
    UUID organisationId,
    String organisationName,
    UUID departmentId,
    String departmentName,
    String locationName,
    String phone,
    String email,
    List<String> expertise,
    boolean hasPhoto,
    int photoVersion)
    implements Serializable {

  public PersonSummary {
    expertise = List.copyOf(expertise);
  }

  public PersonRef ref() {
    return new PersonRef(id, displayName, initials, functionTitle, hasPhoto, photoVersion);
  }
}
