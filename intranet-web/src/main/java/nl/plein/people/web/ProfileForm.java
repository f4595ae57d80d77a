package nl.plein.people.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.UpdateProfileRequest;
import nl.plein.people.api.Visibility;
import nl.plein.platform.web.Ids;

/**
 * What the profile form holds while someone edits it: text as typed, ids and enum names as the
 * select boxes send them. The property names are those of {@link UpdateProfileRequest}, and so
 * are the inputs' ids, so that a service's field error lands next to its input.
 */
public class ProfileForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String givenName;
  private String surnamePrefix;
  private String surname;
  private String functionTitle;
  private String departmentId;
  private String locationId;
  private String managerId;
  private String phone;
  private String mobilePhone;
  private String email;
  private List<String> workingDays = new ArrayList<>();
  /** The tags as one comma-separated text, e.g. "Burgerzaken, Paspoorten". */
  private String expertise;
  private String experience;
  private String interests;
  private String languages;
  private String bio;
  private String mobileVisibility;
  private String workingDaysVisibility;
  private String interestsVisibility;

  static ProfileForm of(PersonProfile p) {
    ProfileForm f = new ProfileForm();
    f.givenName = p.givenName();
    f.surnamePrefix = p.surnamePrefix();
    f.surname = p.surname();
    f.functionTitle = p.functionTitle();
    f.departmentId = Ids.text(p.departmentId());
    f.locationId = Ids.text(p.locationId());
    f.managerId = p.manager() == null ? null : Ids.text(p.manager().id());
    f.phone = p.phone();
    f.mobilePhone = p.mobilePhone();
    f.email = p.email();
    f.workingDays =
        p.workingDays() == null
            ? new ArrayList<>()
            : new ArrayList<>(p.workingDays().stream().sorted().map(DayOfWeek::name).toList());
    f.expertise = String.join(", ", p.expertise());
    f.experience = p.experience();
    f.interests = p.interests();
    f.languages = p.languages();
    f.bio = p.bio();
    f.mobileVisibility = name(p.mobileVisibility());
    f.workingDaysVisibility = name(p.workingDaysVisibility());
    f.interestsVisibility = name(p.interestsVisibility());
    return f;
  }

  UpdateProfileRequest toRequest(int version) {
    return new UpdateProfileRequest(
        givenName,
        surnamePrefix,
        surname,
        functionTitle,
        Ids.orNull(departmentId),
        Ids.orNull(locationId),
        Ids.orNull(managerId),
        phone,
        mobilePhone,
        email,
        days(workingDays),
        tags(expertise),
        experience,
        interests,
        languages,
        bio,
        visibility(mobileVisibility),
        visibility(workingDaysVisibility),
        visibility(interestsVisibility),
        version);
  }

  /** "Burgerzaken, paspoorten,,Burgerzaken " -> [Burgerzaken, paspoorten]: trimmed, no repeats. */
  static List<String> tags(String text) {
    if (text == null) {
      return List.of();
    }
    Map<String, String> unique = new LinkedHashMap<>();
    Arrays.stream(text.split("[,;\\n]"))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .forEach(t -> unique.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
    return List.copyOf(unique.values());
  }

  /** The ticked days; none ticked is an empty set (the service decides what that means). */
  static Set<DayOfWeek> days(List<String> names) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (names != null) {
      for (String name : names) {
        Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(name)).forEach(days::add);
      }
    }
    return days;
  }

  static Visibility visibility(String name) {
    return Arrays.stream(Visibility.values()).filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getSurnamePrefix() {
    return surnamePrefix;
  }

  public void setSurnamePrefix(String surnamePrefix) {
    this.surnamePrefix = surnamePrefix;
  }

  public String getSurname() {
    return surname;
  }

  public void setSurname(String surname) {
    this.surname = surname;
  }

  public String getFunctionTitle() {
    return functionTitle;
  }

  public void setFunctionTitle(String functionTitle) {
    this.functionTitle = functionTitle;
  }

  public String getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(String departmentId) {
    this.departmentId = departmentId;
  }

  public String getLocationId() {
    return locationId;
  }

  public void setLocationId(String locationId) {
    this.locationId = locationId;
  }

  public String getManagerId() {
    return managerId;
  }

  public void setManagerId(String managerId) {
    this.managerId = managerId;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getMobilePhone() {
    return mobilePhone;
  }

  public void setMobilePhone(String mobilePhone) {
    this.mobilePhone = mobilePhone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(List<String> workingDays) {
    this.workingDays = workingDays == null ? new ArrayList<>() : new ArrayList<>(workingDays);
  }

  public String getExpertise() {
    return expertise;
  }

  public void setExpertise(String expertise) {
    this.expertise = expertise;
  }

  public String getExperience() {
    return experience;
  }

  public void setExperience(String experience) {
    this.experience = experience;
  }

  public String getInterests() {
    return interests;
  }

  public void setInterests(String interests) {
    this.interests = interests;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getMobileVisibility() {
    return mobileVisibility;
  }

  public void setMobileVisibility(String mobileVisibility) {
    this.mobileVisibility = mobileVisibility;
  }

  public String getWorkingDaysVisibility() {
    return workingDaysVisibility;
  }

  public void setWorkingDaysVisibility(String workingDaysVisibility) {
    this.workingDaysVisibility = workingDaysVisibility;
  }

  public String getInterestsVisibility() {
    return interestsVisibility;
  }

  public void setInterestsVisibility(String interestsVisibility) {
    this.interestsVisibility = interestsVisibility;
  }
}
