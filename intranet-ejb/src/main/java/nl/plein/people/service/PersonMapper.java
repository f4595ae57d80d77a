package nl.plein.people.service;

import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonSummary;
import nl.plein.people.domain.Person;

/** Entities to records, inside the use case's transaction; personal fields per the policy. */
final class PersonMapper {
  private PersonMapper() {}

  static PersonRef ref(Person p) {
    return p.ref();
  }

  static PersonSummary summary(Person p) {
    return new PersonSummary(
        p.getId(),
        p.name().displayName(),
        p.name().initials(),
        p.getFunctionTitle(),
        p.getOrganisation().getId(),
        p.getOrganisation().getName(),
        p.getDepartment() == null ? null : p.getDepartment().getId(),
        p.getDepartment() == null ? null : p.getDepartment().getName(),
        p.getLocation() == null ? null : p.getLocation().getName(),
        p.getPhone(),
        p.getEmail(),
        p.expertiseNames(),
        p.hasPhoto(),
        p.getVersion());
  }

  static PersonProfile profile(Person p, PeopleAccessPolicy policy, boolean following) {
    boolean editable = policy.mayEdit(p);
    return new PersonProfile(
        p.getId(),
        p.name().givenName(),
        p.name().surnamePrefix(),
        p.name().surname(),
        p.name().displayName(),
        p.name().initials(),
        p.getFunctionTitle(),
        p.getOrganisation().getId(),
        p.getOrganisation().getName(),
        p.getDepartment() == null ? null : p.getDepartment().getId(),
        p.getDepartment() == null ? null : p.getDepartment().getName(),
        p.getLocation() == null ? null : p.getLocation().getId(),
        p.getLocation() == null ? null : p.getLocation().getName(),
        p.getManager() == null || !p.getManager().isActive() ? null : ref(p.getManager()),
        p.getPhone(),
        policy.maySeeField(p.getMobileVisibility(), p) ? p.getMobilePhone() : null,
        p.getEmail(),
        policy.maySeeField(p.getWorkingDaysVisibility(), p) ? p.workingDays() : null,
        p.expertiseNames(),
        p.getExperience(),
        policy.maySeeField(p.getInterestsVisibility(), p) ? p.getInterests() : null,
        p.getLanguages(),
        p.getBio(),
        p.hasPhoto(),
        p.getVersion(),
        editable ? p.getMobileVisibility() : null,
        editable ? p.getWorkingDaysVisibility() : null,
        editable ? p.getInterestsVisibility() : null,
        editable,
        policy.isOwn(p),
        following,
        p.getVersion());
  }
}
