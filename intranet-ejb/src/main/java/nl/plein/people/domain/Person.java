package nl.plein.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Location;
import nl.plein.organisations.domain.Organisation;

/** A colleague's profile. The people issue adds photo, expertise and the rest of the profile. */
@Entity
@Table(name = "person")
public class Person {
  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "location_id")
  private Location location;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "manager_id")
  private Person manager;

  @Column(name = "given_name", nullable = false)
  private String givenName;

  /** Dutch surname prefix ("tussenvoegsel"): "de" in Jan de Vries. */
  @Column(name = "surname_prefix")
  private String surnamePrefix;

  @Column(nullable = false)
  private String surname;

  /** "Vries, Jan de": Dutch directories sort by surname without its prefix. */
  @Column(name = "sort_name", nullable = false)
  private String sortName;

  @Column(name = "function_title")
  private String functionTitle;

  private String email;
  private String phone;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

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

  public PersonName name() {
    return new PersonName(givenName, surnamePrefix, surname);
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

  public String getFunctionTitle() {
    return functionTitle;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isActive() {
    return active;
  }
}
