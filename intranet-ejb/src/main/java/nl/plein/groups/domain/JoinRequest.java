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

/** A request to join a closed group, decided once by one of its administrators. */
@Entity
@Table(name = "group_join_request")
public class JoinRequest {
  public enum Status {
    PENDING,
    APPROVED,
    DENIED,
    WITHDRAWN
  }

  @Id private UUID id;

  @Column(name = "group_id", nullable = false)
  private UUID groupId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_message")
  private String decisionMessage;

  @Version private int version;

  protected JoinRequest() {}

  public JoinRequest(UUID groupId, UUID personId, String message, Instant now) {
    this.id = UUID.randomUUID();
    this.groupId = groupId;
    this.personId = personId;
    this.message = message;
    this.createdAt = now;
  }

  /** Approving or denying twice is refused: the first decision stands. */
  public void decide(boolean approve, UUID by, String message, Instant now) {
    if (status != Status.PENDING) {
      throw new ConflictException("error.group.requestDecided");
    }
    status = approve ? Status.APPROVED : Status.DENIED;
    decidedBy = by;
    decidedAt = now;
    decisionMessage = message;
  }

  public void withdraw(Instant now) {
    if (status == Status.PENDING) {
      status = Status.WITHDRAWN;
      decidedAt = now;
    }
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

  public String getMessage() {
    return message;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public UUID getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionMessage() {
    return decisionMessage;
  }
}
