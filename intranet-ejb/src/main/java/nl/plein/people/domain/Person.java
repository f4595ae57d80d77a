package nl.plein.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Location;
import nl.plein.organisations.domain.Organisation;
import nl.plein.people.api.Visibility;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A colleague's profile. Indexed for the directory: names in several forms (so "devries" and a
 * typo find Jan de Vries), function, department, location, expertise and phone numbers.
 * Department, location and organisation names are copied into the index; a rename of those is
 * picked up by the next reindex (they have no link back to people, by design).
 */
@Entity
@Table(name = "person")
@Indexed(index = "person")
public class Person {
  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  @IndexedEmbedded(includePaths = {"id", "name"})
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  @IndexedEmbedded(includePaths = {"id", "name"})
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "location_id")
  @IndexedEmbedded(includePaths = {"id", "name"})
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
  private Location location;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "manager_id")
  private Person manager;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "person_expertise",
      joinColumns = @JoinColumn(name = "person_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  @IndexedEmbedded(includePaths = {"key", "name"})
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
  private Set<ExpertiseTag> expertise = new LinkedHashSet<>();

  @Column(name = "given_name", nullable = false)
  private String givenName;

  /** Dutch surname prefix ("tussenvoegsel"): "de" in Jan de Vries. */
  @Column(name = "surname_prefix")
  private String surnamePrefix;

  @Column(nullable = false)
  private String surname;

  /** "vries, jan de": Dutch directories sort by surname without its prefix. */
  @Column(name = "sort_name", nullable = false)
  @KeywordField(sortable = Sortable.YES)
  private String sortName;

  @Column(name = "function_title")
  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  private String functionTitle;

  @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
  private String email;

  @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
  private String phone;

  @Column(name = "mobile_phone")
  private String mobilePhone;

  /** Working days as day-of-week names, comma separated ("MONDAY,TUESDAY"). */
  @Column(name = "working_days")
  private String workingDays;

  private String experience;
  private String interests;
  private String languages;
  private String bio;

  @Enumerated(EnumType.STRING)
  @Column(name = "mobile_visibility", nullable = false)
  private Visibility mobileVisibility = Visibility.ORGANISATION;

  @Enumerated(EnumType.STRING)
  @Column(name = "working_days_visibility", nullable = false)
  private Visibility workingDaysVisibility = Visibility.COLLEAGUES;

  @Enumerated(EnumType.STRING)
  @Column(name = "interests_visibility", nullable = false)
  private Visibility interestsVisibility = Visibility.COLLEAGUES;

  @Column(name = "has_photo", nullable = false)
  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  private boolean hasPhoto;

  @Column(nullable = false)
  @GenericField
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Also the photo's cache key: it changes with every save, photo included. */
  @Version
  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  private int version;

  protected Person() {}

  public Person(Organisation organisation, PersonName name) {
    this.id = UUID.randomUUID();
    this.organisation = organisation;
    this.createdAt = Instant.now();
    rename(name);
  }

  public void rename(PersonName name) {
    this.givenName = name.givenName();
    this.surnamePrefix = name.surnamePrefix();
    this.surname = name.surname();
    this.sortName = name.sortName();
    this.updatedAt = Instant.now();
  }

  public void placeIn(Department department, Location location, Person manager) {
    this.department = department;
    this.location = location;
    this.manager = manager;
    this.updatedAt = Instant.now();
  }

  public void describe(String functionTitle, String email, String phone) {
    this.functionTitle = functionTitle;
    this.email = email;
    this.phone = phone;
    this.updatedAt = Instant.now();
  }

  public void describePersonally(
      String mobilePhone, Set<DayOfWeek> workingDays, String experience, String interests, String languages, String bio) {
    this.mobilePhone = mobilePhone;
    this.workingDays =
        workingDays == null || workingDays.isEmpty()
            ? null
            : workingDays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    this.experience = experience;
    this.interests = interests;
    this.languages = languages;
    this.bio = bio;
    this.updatedAt = Instant.now();
  }

  public void chooseVisibility(Visibility mobile, Visibility workingDays, Visibility interests) {
    this.mobileVisibility = mobile;
    this.workingDaysVisibility = workingDays;
    this.interestsVisibility = interests;
  }

  public void replaceExpertise(List<ExpertiseTag> tags) {
    expertise.clear();
    expertise.addAll(tags);
    this.updatedAt = Instant.now();
  }

  public void markPhoto(boolean present) {
    this.hasPhoto = present;
    this.updatedAt = Instant.now();
  }

  public PersonName name() {
    return new PersonName(givenName, surnamePrefix, surname);
  }

  /** "Jan de Vries", searched as words (typos allowed). */
  @FullTextField(name = "name", analyzer = "name", projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = {
    @ObjectPath(@PropertyValue(propertyName = "givenName")),
    @ObjectPath(@PropertyValue(propertyName = "surnamePrefix")),
    @ObjectPath(@PropertyValue(propertyName = "surname"))
  })
  public String getDisplayName() {
    return name().displayName();
  }

  @KeywordField(name = "initials", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = {
    @ObjectPath(@PropertyValue(propertyName = "givenName")),
    @ObjectPath(@PropertyValue(propertyName = "surname"))
  })
  public String getInitials() {
    return name().initials();
  }

  /** "jandevries devries vries": the name written together, as people type it ("devries"). */
  @FullTextField(name = "nameJoined", analyzer = "name")
  @IndexingDependency(derivedFrom = {
    @ObjectPath(@PropertyValue(propertyName = "givenName")),
    @ObjectPath(@PropertyValue(propertyName = "surnamePrefix")),
    @ObjectPath(@PropertyValue(propertyName = "surname"))
  })
  public String getJoinedNames() {
    String full = name().displayName().replaceAll("[\\s-]", "");
    String family = ((surnamePrefix == null ? "" : surnamePrefix) + surname).replaceAll("[\\s-]", "");
    String given = givenName.replaceAll("[\\s-]", "");
    return full + " " + family + (given.equals(givenName) ? "" : " " + given);
  }

  /** Numbers anyone who sees the person may search on: work phone, mobile if shown to colleagues. */
  @KeywordField(name = "phones")
  @IndexingDependency(derivedFrom = {
    @ObjectPath(@PropertyValue(propertyName = "phone")),
    @ObjectPath(@PropertyValue(propertyName = "mobilePhone")),
    @ObjectPath(@PropertyValue(propertyName = "mobileVisibility"))
  })
  public List<String> getSearchablePhones() {
    List<String> result = new ArrayList<>();
    PhoneNumbers.normalise(phone).ifPresent(result::add);
    if (mobileVisibility == Visibility.COLLEAGUES) {
      PhoneNumbers.normalise(mobilePhone).ifPresent(result::add);
    }
    return result;
  }

  /** A mobile number only the person's own organisation may search on. */
  @KeywordField(name = "organisationPhones")
  @IndexingDependency(derivedFrom = {
    @ObjectPath(@PropertyValue(propertyName = "mobilePhone")),
    @ObjectPath(@PropertyValue(propertyName = "mobileVisibility"))
  })
  public List<String> getOrganisationPhones() {
    return mobileVisibility == Visibility.ORGANISATION
        ? PhoneNumbers.normalise(mobilePhone).stream().toList()
        : List.of();
  }

  public UUID getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Department getDepartment() {
    return department;
  }

  public Location getLocation() {
    return location;
  }

  public Person getManager() {
    return manager;
  }

  public Set<ExpertiseTag> getExpertise() {
    return expertise;
  }

  /** Expertise names in alphabetical order. */
  public List<String> expertiseNames() {
    return expertise.stream().map(ExpertiseTag::getName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }

  public String getFunctionTitle() {
    return functionTitle;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getMobilePhone() {
    return mobilePhone;
  }

  public Set<DayOfWeek> workingDays() {
    if (workingDays == null || workingDays.isBlank()) {
      return EnumSet.noneOf(DayOfWeek.class);
    }
    return Arrays.stream(workingDays.split(","))
        .map(DayOfWeek::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
  }

  public String getExperience() {
    return experience;
  }

  public String getInterests() {
    return interests;
  }

  public String getLanguages() {
    return languages;
  }

  public String getBio() {
    return bio;
  }

  public Visibility getMobileVisibility() {
    return mobileVisibility;
  }

  public Visibility getWorkingDaysVisibility() {
    return workingDaysVisibility;
  }

  public Visibility getInterestsVisibility() {
    return interestsVisibility;
  }

  public boolean hasPhoto() {
    return hasPhoto;
  }

  public boolean isActive() {
    return active;
  }

  public int getVersion() {
    return version;
  }

  public String getSortName() {
    return sortName;
  }

  static Comparator<Person> bySortName() {
    return Comparator.comparing(Person::getSortName);
  }

  /** The person as lists show them; other features use it for members, authors and the like. */
  public nl.plein.people.api.PersonRef ref() {
    return new nl.plein.people.api.PersonRef(id, name().displayName(), name().initials(), getFunctionTitle(),
        hasPhoto(), getVersion());
  }
}
