package nl.plein.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.plein.common.api.ConflictException;

/** Someone reported a post or a comment; a community manager hides it, dismisses the report or later restores it. */
@Entity
@Table(name = "content_report")
public class ContentReport {
  public enum Status {
    OPEN,
    HIDDEN,
    DISMISSED,
    RESTORED
  }

  public static final int MAX_REASON = 500;

  @Id private UUID id;

  @Column(name = "post_id", nullable = false)
  private UUID postId;

  @Column(name = "comment_id")
  private UUID commentId;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(name = "reporter_id", nullable = false)
  private UUID reporterId;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private int version;

  protected ContentReport() {}

  public ContentReport(UUID postId, UUID commentId, UUID organisationId, UUID reporterId, String reason, Instant now) {
    this.id = UUID.randomUUID();
    this.postId = Objects.requireNonNull(postId);
    this.commentId = commentId;
    this.organisationId = Objects.requireNonNull(organisationId);
    this.reporterId = Objects.requireNonNull(reporterId);
    this.reason = reason;
    this.createdAt = now;
  }

  /** Decides an open report: the first decision stands. */
  public void decide(Status outcome, UUID by, Instant now) {
    if (status != Status.OPEN) {
      throw new ConflictException("error.report.decided");
    }
    status = outcome;
    decidedBy = by;
    decidedAt = now;
  }

  /** What was hidden is back. */
  public void restore(UUID by, Instant now) {
    if (status != Status.HIDDEN) {
      throw new ConflictException("error.report.notHidden");
    }
    status = Status.RESTORED;
    decidedBy = by;
    decidedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPostId() {
    return postId;
  }

  public UUID getCommentId() {
    return commentId;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public UUID getReporterId() {
    return reporterId;
  }

  public String getReason() {
    return reason;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
