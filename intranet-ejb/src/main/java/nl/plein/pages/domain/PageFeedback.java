package nl.plein.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One person's answer to "was this page helpful?", perhaps with a word to the owner. One per person and page. */
@Entity
@Table(name = "page_feedback")
public class PageFeedback {
  public static final int MAX_COMMENT = 1000;

  @Id private UUID id;

  @Column(name = "page_id", nullable = false)
  private UUID pageId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(nullable = false)
  private boolean helpful;

  private String comment;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PageFeedback() {}

  public PageFeedback(UUID pageId, UUID personId, boolean helpful, String comment, Instant now) {
    this.id = UUID.randomUUID();
    this.pageId = pageId;
    this.personId = personId;
    this.helpful = helpful;
    this.comment = comment;
    this.createdAt = now;
  }

  /** A second answer replaces the first. */
  public void change(boolean helpful, String comment, Instant now) {
    this.helpful = helpful;
    this.comment = comment;
    this.createdAt = now;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPageId() {
    return pageId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public boolean isHelpful() {
    return helpful;
  }

  public String getComment() {
    return comment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
