package nl.plein.people.api;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A profile as the caller may see it: personal fields the caller may not see are null. The
 * visibility settings are filled only for those who may edit the profile.
 */
public record PersonProfile(
    UUID id,
    String givenName,
    String surnamePrefix,
    String surname,
    String displayName,
    String initials,
    String functionTitle,
    UUID organisationId,
    String organisationName,
    UUID departmentId,
    String departmentName,
    UUID locationId,
    String locationName,
    PersonRef manager,
    String phone,
    String mobilePhone,
    String email,
    Set<DayOfWeek> workingDays,
    List<String> expertise,
    String experience,
    String interests,
    String languages,
    String bio,
    boolean hasPhoto,
    int photoVersion,
    Visibility mobileVisibility,
    Visibility workingDaysVisibility,
    Visibility interestsVisibility,
    boolean editable,
    boolean own,
    boolean following,
    int version)
    implements Serializable {

  public PersonProfile {
    workingDays = workingDays == null ? null : Set.copyOf(workingDays);
    expertise = List.copyOf(expertise);
  }
}
