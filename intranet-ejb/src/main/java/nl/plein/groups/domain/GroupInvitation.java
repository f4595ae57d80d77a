package nl.plein.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.plein.common.api.ConflictException;

/** An administrator's invitation to a person; the only way into a secret group. */
@Entity
@Table(name = "group_invitation")
public class GroupInvitation {
  public enum Status {
    PENDING,
    ACCEPTED,
    DECLINED
  }

  @Id private UUID id;

  @Column(name = "group_id", nullable = false)
  private UUID groupId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "invited_by", nullable = false)
  private UUID invitedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private int version;

  protected GroupInvitation() {}

  public GroupInvitation(UUID groupId, UUID personId, UUID invitedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.groupId = groupId;
    this.personId = personId;
    this.invitedBy = invitedBy;
    this.createdAt = now;
  }

  public void answer(boolean accept, Instant now) {
    if (status != Status.PENDING) {
      throw new ConflictException("error.group.invitationAnswered");
    }
    status = accept ? Status.ACCEPTED : Status.DECLINED;
    decidedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public UUID getGroupId() {
    return groupId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getInvitedBy() {
    return invitedBy;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
