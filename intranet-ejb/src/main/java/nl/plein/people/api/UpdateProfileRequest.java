package nl.plein.people.api;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Everything a person fills in on their profile; {@code version} guards against stale edits. */
public record UpdateProfileRequest(
    String givenName,
    String surnamePrefix,
    String surname,
    String functionTitle,
    UUID departmentId,
    UUID locationId,
    UUID managerId,
    String phone,
    String mobilePhone,
    String email,
    Set<DayOfWeek> workingDays,
    List<String> expertise,
    String experience,
    String interests,
    String languages,
    String bio,
    Visibility mobileVisibility,
    Visibility workingDaysVisibility,
    Visibility interestsVisibility,
    Integer version)
    implements Serializable {}
