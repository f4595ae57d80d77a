package nl.plein.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One save of a page: its title and text as they were then, who saved it and when. Never changed. */
@Entity
@Table(name = "page_revision")
public class PageRevision {
  public static final int MAX_NOTE = 300;

  @Id private UUID id;

  @Column(name = "page_id", nullable = false)
  private UUID pageId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String source;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  private String note;

  @Column(name = "restored_from")
  private Integer restoredFrom;

  protected PageRevision() {}

  PageRevision(UUID pageId, int number, String title, String source, UUID authorId, Instant createdAt, String note,
      Integer restoredFrom) {
    this.id = UUID.randomUUID();
    this.pageId = pageId;
    this.number = number;
    this.title = title;
    this.source = source;
    this.authorId = authorId;
    this.createdAt = createdAt;
    this.note = note;
    this.restoredFrom = restoredFrom;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPageId() {
    return pageId;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getSource() {
    return source;
  }

  public UUID getAuthorId() {
    return authorId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getNote() {
    return note;
  }

  public Integer getRestoredFrom() {
    return restoredFrom;
  }
}
