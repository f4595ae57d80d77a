package nl.plein.organisations.domain;

import jakarta.persistence.Cacheable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import java.time.Instant;
import java.util.UUID;

/** A place where people work: the town hall, a works depot, a service point. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "location")
public class Location {
  @Id
  @GenericField(aggregable = Aggregable.YES, searchable = Searchable.YES, projectable = Projectable.YES)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false)
  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  private String name;

  private String street;

  @Column(name = "postal_code")
  private String postalCode;

  private String city;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Location() {}

  public Location(Organisation organisation, String name, String street, String postalCode, String city) {
    this.id = UUID.randomUUID();
    this.organisation = organisation;
    this.createdAt = Instant.now();
    change(name, street, postalCode, city);
  }

  public void change(String name, String street, String postalCode, String city) {
    this.name = name;
    this.street = street;
    this.postalCode = postalCode;
    this.city = city;
    this.updatedAt = Instant.now();
  }

  public void moveTo(Organisation organisation) {
    this.organisation = organisation;
    this.updatedAt = Instant.now();
  }

  public void deactivate() {
    this.active = false;
    this.updatedAt = Instant.now();
  }

  public void activate() {
    this.active = true;
    this.updatedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getName() {
    return name;
  }

  public String getStreet() {
    return street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCity() {
    return city;
  }

  public boolean isActive() {
    return active;
  }

  public int getVersion() {
    return version;
  }
}
