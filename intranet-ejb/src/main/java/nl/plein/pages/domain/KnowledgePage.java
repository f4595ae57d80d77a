package nl.plein.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.plein.common.api.ConflictException;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A knowledge page of a department or a group. The page holds its current text (so opening it
 * reads one row, however long its history); each save also adds a {@link PageRevision}. It has an
 * owner who answers for it and a review date; unpublishing keeps it, with the reason and perhaps a
 * successor to which its address then leads.
 *
 * <p>The index holds its title, text and the text of its documents (Dutch analysis) and who may
 * read it, so that search finds only what the reader may see.
 */
@Entity
@Table(name = "knowledge_page")
@Indexed(index = "knowledge_page")
public class KnowledgePage {
  public static final int MAX_TITLE = 200;
  public static final int MAX_SOURCE = 100_000;
  public static final int MAX_REASON = 500;
  /** What the index keeps of the documents' text. */
  public static final int MAX_ATTACHMENT_TEXT = 500_000;

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  @GenericField
  private UUID organisationId;

  @Column(name = "department_id")
  @GenericField(aggregable = Aggregable.YES)
  private UUID departmentId;

  @Column(name = "group_id")
  @GenericField(aggregable = Aggregable.YES)
  private UUID groupId;

  @Column(name = "parent_id")
  private UUID parentId;

  @Column(nullable = false)
  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  private String title;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String html;

  @Column(name = "attachment_text", nullable = false)
  @FullTextField(analyzer = "dutch")
  private String attachmentText = "";

  /** Space-separated reader terms, see {@link nl.plein.common.api.Audience}. */
  @Column(nullable = false)
  private String audience;

  @Column(name = "owner_id", nullable = false)
  @GenericField
  private UUID ownerId;

  @Column(name = "review_date", nullable = false)
  @GenericField(sortable = Sortable.YES)
  private LocalDate reviewDate;

  /** The number of the current revision. */
  @Column(nullable = false)
  private int revision;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private UUID createdBy;

  @Column(name = "updated_at", nullable = false)
  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private UUID updatedBy;

  @Column(name = "unpublished_at")
  private Instant unpublishedAt;

  @Column(name = "unpublished_by")
  private UUID unpublishedBy;

  @Column(name = "unpublished_reason")
  private String unpublishedReason;

  @Column(name = "successor_id")
  private UUID successorId;

  @OptimisticLock(excluded = true)
  @Column(name = "helpful_count", nullable = false)
  private int helpfulCount;

  @OptimisticLock(excluded = true)
  @Column(name = "unhelpful_count", nullable = false)
  private int unhelpfulCount;

  @OptimisticLock(excluded = true)
  @Column(name = "comment_count", nullable = false)
  private int commentCount;

  @Version private int version;

  protected KnowledgePage() {}

  /** A new page; its first revision is made by {@link #firstRevision}. */
  public KnowledgePage(UUID organisationId, UUID departmentId, UUID groupId, UUID parentId, String audience,
      String title, String source, String html, UUID author, LocalDate reviewDate, Instant now) {
    if ((departmentId == null) == (groupId == null)) {
      throw new IllegalArgumentException("a page belongs to a department or a group");
    }
    this.id = UUID.randomUUID();
    this.organisationId = Objects.requireNonNull(organisationId);
    this.departmentId = departmentId;
    this.groupId = groupId;
    this.parentId = parentId;
    this.audience = Objects.requireNonNull(audience);
    this.ownerId = author;
    this.reviewDate = Objects.requireNonNull(reviewDate);
    this.createdAt = now;
    this.createdBy = author;
    this.revision = 0;
    write(title, source, html, author, now);
  }

  /** The first revision, holding what the page was created with. */
  public PageRevision firstRevision(String note) {
    return new PageRevision(id, revision, title, source, createdBy, createdAt, note, null);
  }

  /**
   * Saves a new text on top of {@code baseRevision}, the revision the writer started from. When
   * someone else saved in between, the save is refused: nobody's text is silently lost.
   *
   * @return the new revision
   */
  public PageRevision edit(int baseRevision, String title, String source, String html, UUID author, Instant now,
      String note, Integer restoredFrom) {
    if (baseRevision != revision) {
      throw new ConflictException("error.knowledge.editConflict", revision);
    }
    write(title, source, html, author, now);
    return new PageRevision(id, revision, title, source, author, now, note, restoredFrom);
  }

  private void write(String title, String source, String html, UUID author, Instant now) {
    this.title = Objects.requireNonNull(title);
    this.source = Objects.requireNonNull(source);
    this.html = Objects.requireNonNull(html);
    this.updatedAt = now;
    this.updatedBy = author;
    this.revision++;
  }

  /** Under another page of the same space, or at the top with null. The caller checked for cycles. */
  public void moveUnder(UUID parentId) {
    if (id.equals(parentId)) {
      throw new ConflictException("error.knowledge.cycle");
    }
    this.parentId = parentId;
  }

  public void changeOwner(UUID ownerId) {
    this.ownerId = Objects.requireNonNull(ownerId);
  }

  /** Reviewed: the owner (or an editor) confirms it is still right, and sets the next review date. */
  public void scheduleReview(LocalDate next) {
    this.reviewDate = Objects.requireNonNull(next);
  }

  public void changeAudience(String audience) {
    this.audience = Objects.requireNonNull(audience);
  }

  public void unpublish(String reason, UUID successorId, UUID by, Instant now) {
    if (unpublishedAt != null) {
      throw new ConflictException("error.knowledge.alreadyUnpublished");
    }
    if (id.equals(successorId)) {
      throw nl.plein.common.api.ValidationException.of("successor", "error.knowledge.successorSelf");
    }
    this.unpublishedAt = now;
    this.unpublishedBy = by;
    this.unpublishedReason = Objects.requireNonNull(reason);
    this.successorId = successorId;
  }

  public void republish() {
    if (unpublishedAt == null) {
      throw new ConflictException("error.knowledge.notUnpublished");
    }
    this.unpublishedAt = null;
    this.unpublishedBy = null;
    this.unpublishedReason = null;
    this.successorId = null;
  }

  public void replaceAttachmentText(String text) {
    String t = text == null ? "" : text;
    this.attachmentText = t.length() > MAX_ATTACHMENT_TEXT ? t.substring(0, MAX_ATTACHMENT_TEXT) : t;
  }

  /** Someone changed their "was this helpful?" answer: -1, 0 or +1 on each count. */
  public void countFeedback(int helpfulDelta, int unhelpfulDelta) {
    helpfulCount += helpfulDelta;
    unhelpfulCount += unhelpfulDelta;
  }

  public void countComment(int delta) {
    commentCount += delta;
  }

  /** The reader terms, for the index. */
  @KeywordField(name = "readers")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "audience")))
  public List<String> getReaders() {
    return List.of(audience.split(" "));
  }

  /** Published pages are listed; unpublished ones stay in the index, unlisted. */
  @GenericField(name = "listed")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "unpublishedAt")))
  public boolean isListed() {
    return unpublishedAt == null;
  }

  /** The page's text without markup, for search. */
  @FullTextField(name = "text", analyzer = "dutch")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "html")))
  public String getPlainText() {
    return PageText.plain(html);
  }

  @KeywordField(name = "key", sortable = Sortable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getKey() {
    return id.toString();
  }

  public boolean isPublished() {
    return unpublishedAt == null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public UUID getDepartmentId() {
    return departmentId;
  }

  public UUID getGroupId() {
    return groupId;
  }

  public UUID getParentId() {
    return parentId;
  }

  public String getTitle() {
    return title;
  }

  public String getSource() {
    return source;
  }

  public String getHtml() {
    return html;
  }

  public String getAttachmentText() {
    return attachmentText;
  }

  public UUID getOwnerId() {
    return ownerId;
  }

  public LocalDate getReviewDate() {
    return reviewDate;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public UUID getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUnpublishedAt() {
    return unpublishedAt;
  }

  public UUID getUnpublishedBy() {
    return unpublishedBy;
  }

  public String getUnpublishedReason() {
    return unpublishedReason;
  }

  public UUID getSuccessorId() {
    return successorId;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public int getUnhelpfulCount() {
    return unhelpfulCount;
  }

  public int getCommentCount() {
    return commentCount;
  }

  public String getAudience() {
    return audience;
  }
}
