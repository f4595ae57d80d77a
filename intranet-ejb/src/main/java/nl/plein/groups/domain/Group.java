package nl.plein.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.plein.common.api.ConflictException;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupVisibility;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A group people create themselves. Indexed for the group directory and the duplicate warning:
 * the name with Dutch analysis and as trigrams (so compounds like "kaartjesmarkt" and "cultuur
 * kaartjes" meet), the description with Dutch analysis, and what the visibility filter needs.
 */
@Entity
@Table(name = "plein_group")
@Indexed(index = "group")
public class Group {
  @Id private UUID id;

  @Column(nullable = false)
  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  @FullTextField(name = "nameGrams", analyzer = "trigram")
  private String name;

  @Column(name = "name_key", nullable = false)
  @KeywordField(name = "sortName", sortable = Sortable.YES)
  private String nameKey;

  @Column(name = "scope_key", nullable = false)
  private String scopeKey;

  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
  private GroupVisibility visibility;

  @Column(name = "organisation_id", nullable = false)
  @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
  private UUID organisationId;

  @Column(nullable = false)
  @GenericField(projectable = Projectable.YES)
  private boolean shared;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  @KeywordField(projectable = Projectable.YES)
  private GroupStatus status = GroupStatus.ACTIVE;

  // Counters and activity change with every join: they do not make a concurrent edit of the name
  // or description stale (no version bump), and the count is recounted at each change.
  @OptimisticLock(excluded = true)
  @Column(name = "member_count", nullable = false)
  @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
  private int memberCount;

  @Column(name = "has_image", nullable = false)
  @GenericField(projectable = Projectable.YES)
  private boolean hasImage;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OptimisticLock(excluded = true)
  @Column(name = "last_activity_at", nullable = false)
  @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
  private Instant lastActivityAt;

  @Column(name = "inactive_since")
  private Instant inactiveSince;

  @Column(name = "keep_requested_at")
  private Instant keepRequestedAt;

  @Column(name = "keep_reason")
  private String keepReason;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Version
  @GenericField(projectable = Projectable.YES)
  private int version;

  protected Group() {}

  public Group(String name, String description, GroupVisibility visibility, UUID organisationId, boolean shared,
      UUID createdBy, Instant now) {
    this.id = UUID.randomUUID();
    this.createdBy = createdBy;
    this.createdAt = now;
    this.lastActivityAt = now;
    describe(name, description, visibility, organisationId, shared);
  }

  /**
   * Names are unique within a scope: the organisation (its id), or all organisations ("shared").
   * A secret group is a scope of its own (its own id), so that its name never clashes with another
   * group's, which would tell outsiders that it exists.
   */
  public static String scopeKey(UUID groupId, GroupVisibility visibility, UUID organisationId, boolean shared) {
    if (visibility == GroupVisibility.SECRET) {
      return groupId.toString();
    }
    return shared ? "shared" : organisationId.toString();
  }

  public void describe(String name, String description, GroupVisibility visibility, UUID organisationId,
      boolean shared) {
    this.name = name;
    this.nameKey = GroupNames.key(name);
    this.description = description;
    this.visibility = visibility;
    this.organisationId = organisationId;
    this.shared = shared;
    this.scopeKey = scopeKey(id, visibility, organisationId, shared);
  }

  /** Everything but a restore needs an active group: an archived group is read-only. */
  public void checkActive() {
    if (status == GroupStatus.ARCHIVED) {
      throw new ConflictException("error.group.archived");
    }
  }

  /** Activity after the group entered the inactivity queue takes it out again. */
  public void recordActivity(Instant at) {
    if (at.isAfter(lastActivityAt)) {
      lastActivityAt = at;
    }
    if (inactiveSince != null && at.isAfter(inactiveSince)) {
      inactiveSince = null;
      keepReason = null;
      keepRequestedAt = null;
    }
  }

  /** The count as the database has it now (self-healing when two joins raced). */
  public void recountedMembers(long count) {
    memberCount = (int) count;
  }

  /** Past the threshold without activity, and not yet in the community manager's queue. */
  public boolean becomesInactive(Instant now, Duration threshold) {
    return status == GroupStatus.ACTIVE && inactiveSince == null && lastActivityAt.plus(threshold).isBefore(now);
  }

  public void markInactive(Instant now) {
    inactiveSince = now;
  }

  public void requestToKeep(String reason, Instant now) {
    checkActive();
    if (inactiveSince == null) {
      throw new ConflictException("error.group.notInactive");
    }
    keepReason = reason;
    keepRequestedAt = now;
  }

  /** The community manager keeps the group: the inactivity period starts again. */
  public void keep(Instant now) {
    checkActive();
    inactiveSince = null;
    keepReason = null;
    keepRequestedAt = null;
    lastActivityAt = now;
  }

  public void archive(Instant now) {
    checkActive();
    status = GroupStatus.ARCHIVED;
    archivedAt = now;
    inactiveSince = null;
    keepReason = null;
    keepRequestedAt = null;
  }

  public void restore(Instant now) {
    if (status != GroupStatus.ARCHIVED) {
      throw new ConflictException("error.group.notArchived");
    }
    status = GroupStatus.ACTIVE;
    archivedAt = null;
    lastActivityAt = now;
  }

  public void imageChanged(boolean present) {
    this.hasImage = present;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getNameKey() {
    return nameKey;
  }

  public String getScopeKey() {
    return scopeKey;
  }

  public String getDescription() {
    return description;
  }

  public GroupVisibility getVisibility() {
    return visibility;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public boolean isShared() {
    return shared;
  }

  public GroupStatus getStatus() {
    return status;
  }

  public boolean isArchived() {
    return status == GroupStatus.ARCHIVED;
  }

  public int getMemberCount() {
    return memberCount;
  }

  public boolean isHasImage() {
    return hasImage;
  }

  public UUID getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Instant getInactiveSince() {
    return inactiveSince;
  }

  public Instant getKeepRequestedAt() {
    return keepRequestedAt;
  }

  public String getKeepReason() {
    return keepReason;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public int getVersion() {
    return version;
  }
}
