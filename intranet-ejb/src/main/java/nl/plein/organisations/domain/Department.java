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

/** A department in an organisation's tree ("afdeling"); the root departments have no parent. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "department")
public class Department {
  @Id
  @GenericField(aggregable = Aggregable.YES, searchable = Searchable.YES, projectable = Projectable.YES)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Department parent;

  @Column(nullable = false)
  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Department() {}

  public Department(Organisation organisation, Department parent, String name) {
    this.id = UUID.randomUUID();
    this.organisation = organisation;
    this.parent = parent;
    this.name = name;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public void rename(String name) {
    this.name = name;
    this.updatedAt = Instant.now();
  }

  /** Moves this department under another parent (or to the top when null). */
  public void moveTo(Department newParent) {
    this.parent = newParent;
    this.updatedAt = Instant.now();
  }

  /** True when {@code candidate} is this department or lies below it: moving there makes a cycle. */
  public boolean isAncestorOrSelf(Department candidate) {
    for (Department d = candidate; d != null; d = d.parent) {
      if (d.id.equals(this.id)) {
        return true;
      }
    }
    return false;
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

  public Department getParent() {
    return parent;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public int getVersion() {
    return version;
  }
}
