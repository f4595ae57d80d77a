package nl.plein.people.service;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.Validator;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Location;
import nl.plein.people.api.UpdateProfileRequest;
import nl.plein.people.domain.ExpertiseTag;
import nl.plein.people.domain.Person;
import nl.plein.people.domain.PersonName;
import nl.plein.people.domain.PhoneNumbers;
import nl.plein.people.domain.TagNames;

/**
 * Checks a profile edit completely (every field error at once) and applies it. Text is kept as
 * typed, HTML included: pages and the API always show it as text, never as markup.
 */
@Dependent
class ProfileEditor {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject jakarta.enterprise.event.Event<nl.plein.people.api.PersonRenamed> renamed;

  void apply(Person person, UpdateProfileRequest r) {
    String given = clean(r.givenName());
    String prefix = clean(r.surnamePrefix());
    String surname = clean(r.surname());
    String function = clean(r.functionTitle());
    String phone = clean(r.phone());
    String mobile = clean(r.mobilePhone());
    String email = clean(r.email());
    String experience = cleanText(r.experience());
    String interests = cleanText(r.interests());
    String languages = clean(r.languages());
    String bio = cleanText(r.bio());
    List<String> tags = TagNames.clean(r.expertise() == null ? List.of() : r.expertise());
    Validator v = new Validator()
        .required("givenName", given).maxLength("givenName", given, 80)
        .maxLength("surnamePrefix", prefix, 20)
        .required("surname", surname).maxLength("surname", surname, 80)
        .maxLength("functionTitle", function, 120)
        .maxLength("phone", phone, 40)
        .check(phone == null || PhoneNumbers.normalise(phone).isPresent(), "phone", "error.person.phone")
        .maxLength("mobilePhone", mobile, 40)
        .check(mobile == null || PhoneNumbers.normalise(mobile).isPresent(), "mobilePhone", "error.person.phone")
        .maxLength("email", email, 200)
        .check(email == null || EMAIL.matcher(email).matches(), "email", "error.field.email")
        .maxLength("experience", experience, 2000)
        .maxLength("interests", interests, 1000)
        .maxLength("languages", languages, 200)
        .maxLength("bio", bio, 2000)
        .check(tags.size() <= TagNames.MAX_TAGS, "expertise", "error.person.tooManyTags", TagNames.MAX_TAGS)
        .check(tags.stream().allMatch(t -> t.length() <= TagNames.MAX_LENGTH), "expertise", "error.person.tagTooLong",
            TagNames.MAX_LENGTH);
    Department department = r.departmentId() == null ? null : em.find(Department.class, r.departmentId());
    v.check(r.departmentId() == null || (department != null && sameOrganisation(person, department.getOrganisation().getId())),
        "departmentId", "error.person.department");
    Location location = r.locationId() == null ? null : em.find(Location.class, r.locationId());
    v.check(r.locationId() == null || (location != null && sameOrganisation(person, location.getOrganisation().getId())),
        "locationId", "error.person.location");
    Person manager = r.managerId() == null ? null : em.find(Person.class, r.managerId());
    v.check(r.managerId() == null || (manager != null && manager.isActive() && !reportsTo(manager, person)),
        "managerId", "error.person.manager");
    v.throwIfInvalid();
    if (r.version() != null && r.version() != person.getVersion()) {
      throw new ConflictException("error.staleEdit");
    }
    String sortNameBefore = person.getSortName();
    person.rename(new PersonName(given, prefix, surname));
    if (!person.getSortName().equals(sortNameBefore)) {
      renamed.fire(new nl.plein.people.api.PersonRenamed(person.getId(), person.getSortName()));
    }
    person.describe(function, email, phone);
    person.placeIn(department, location, manager);
    person.describePersonally(mobile, r.workingDays(), experience, interests, languages, bio);
    person.chooseVisibility(
        r.mobileVisibility() == null ? person.getMobileVisibility() : r.mobileVisibility(),
        r.workingDaysVisibility() == null ? person.getWorkingDaysVisibility() : r.workingDaysVisibility(),
        r.interestsVisibility() == null ? person.getInterestsVisibility() : r.interestsVisibility());
    person.replaceExpertise(tags(tags));
  }

  /** Finds the tags by key, creating those nobody used before. */
  List<ExpertiseTag> tags(List<String> names) {
    List<ExpertiseTag> result = new ArrayList<>();
    for (String name : names) {
      String key = TagNames.key(name);
      ExpertiseTag tag = em.createQuery("select t from ExpertiseTag t where t.key = :k", ExpertiseTag.class)
          .setParameter("k", key).getResultStream().findFirst()
          .orElseGet(() -> {
            ExpertiseTag t = new ExpertiseTag(name);
            em.persist(t);
            return t;
          });
      result.add(tag);
    }
    return result;
  }

  private static boolean sameOrganisation(Person person, UUID organisationId) {
    return person.getOrganisation().getId().equals(organisationId);
  }

  /** True when {@code candidate} is {@code person} or (indirectly) reports to them: a cycle. */
  private static boolean reportsTo(Person candidate, Person person) {
    Set<UUID> seen = new HashSet<>();
    for (Person p = candidate; p != null && seen.add(p.getId()); p = p.getManager()) {
      if (p.getId().equals(person.getId())) {
        return true;
      }
    }
    return false;
  }

  private static String clean(String value) {
    String s = Validator.clean(value);
    return s == null ? null : CONTROL.matcher(s).replaceAll("").replaceAll("\\s+", " ");
  }

  private static String cleanText(String value) {
    String s = Validator.clean(value);
    return s == null ? null : CONTROL.matcher(s.replace("\r\n", "\n")).replaceAll("");
  }
}
