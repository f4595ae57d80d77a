package nl.plein.organisations.domain;

import jakarta.persistence.Cacheable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One organisation on the installation: a municipality or the shared service organisation. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "organisation")
public class Organisation {
  @Id
  @GenericField(aggregable = Aggregable.YES, searchable = Searchable.YES, projectable = Projectable.YES)
  private UUID id;

  @Column(nullable = false)
  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  private String name;

  /** Normalised name that keeps two organisations from having the same name. */
  @Column(name = "name_key", nullable = false)
  private String nameKey;

  @Column(name = "short_name")
  private String shortName;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Organisation() {}

  public Organisation(String name, String shortName) {
    this.id = UUID.randomUUID();
    this.createdAt = Instant.now();
    rename(name, shortName);
  }

  public static String nameKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public void rename(String name, String shortName) {
    this.name = name;
    this.nameKey = nameKey(name);
    this.shortName = shortName;
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

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
