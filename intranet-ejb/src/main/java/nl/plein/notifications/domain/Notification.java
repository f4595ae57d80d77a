package nl.plein.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.plein.notifications.api.NotificationKind;

/**
 * A notification for one person. It stores ids only: names are looked up when it is shown, with the
 * reader's rights at that moment, so a renamed group shows its new name and a secret group the
 * reader left is no longer named.
 */
@Entity
@Table(name = "notification")
public class Notification {
  @Id private UUID id;

  @Column(name = "recipient_id", nullable = false)
  private UUID recipientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private NotificationKind kind;

  @Column(name = "subject_id", nullable = false)
  private UUID subjectId;

  /** The latest person who caused it. */
  @Column(name = "actor_id")
  private UUID actorId;

  /** How many people caused it (grouped kinds collect them while it is unread). */
  @Column(name = "actor_count", nullable = false)
  private int actorCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** When it last changed: the list is sorted on it. */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(UUID recipientId, NotificationKind kind, UUID subjectId, UUID actorId, Instant now) {
    this.id = UUID.randomUUID();
    this.recipientId = Objects.requireNonNull(recipientId);
    this.kind = Objects.requireNonNull(kind);
    this.subjectId = Objects.requireNonNull(subjectId);
    this.actorId = actorId;
    this.actorCount = actorId == null ? 0 : 1;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Another person did the same to the same subject: one notification, one more actor. */
  public void addActor(UUID actor, Instant now) {
    if (actor != null && !actor.equals(actorId)) {
      actorCount++;
      actorId = actor;
    }
    updatedAt = now;
  }

  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isRead() {
    return readAt != null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getRecipientId() {
    return recipientId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public UUID getSubjectId() {
    return subjectId;
  }

  public UUID getActorId() {
    return actorId;
  }

  public int getActorCount() {
    return actorCount;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
