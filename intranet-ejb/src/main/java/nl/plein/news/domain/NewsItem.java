package nl.plein.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.plein.common.api.HtmlText;
import nl.plein.news.api.NewsKind;
import org.hibernate.annotations.OptimisticLock;
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
 * A news item or blog. It appears from {@code publishAt} on to the people it targets (see
 * {@link NewsTargets}); the index answers the overview and the timeline with the reader's terms
 * inside the query, newest first. Reads and readers are counted on the row (and per reader in
 * {@code news_read}), outside the optimistic lock: reading never conflicts with editing.
 */
@Entity
@Table(name = "news_item")
@Indexed(index = "news_item")
public class NewsItem {
  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  @KeywordField
  private NewsKind kind;

  @Column(name = "organisation_id", nullable = false)
  @GenericField
  private UUID organisationId;

  @Column(name = "author_id", nullable = false)
  @GenericField
  private UUID authorId;

  @Column(nullable = false)
  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  private String title;

  private String teaser;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String html;

  /** Space-separated target terms, see {@link NewsTargets}. */
  @Column(nullable = false)
  private String targets;

  @Column(name = "image_alt")
  private String imageAlt;

  @Column(name = "image_version", nullable = false)
  private int imageVersion;

  @Column(name = "publish_at", nullable = false)
  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private Instant publishAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private UUID deletedBy;

  @OptimisticLock(excluded = true)
  @Column(name = "read_count", nullable = false)
  private long readCount;

  @OptimisticLock(excluded = true)
  @Column(name = "reader_count", nullable = false)
  private long readerCount;

  @OptimisticLock(excluded = true)
  @Column(name = "like_count", nullable = false)
  private int likeCount;

  @OptimisticLock(excluded = true)
  @Column(name = "comment_count", nullable = false)
  private int commentCount;

  @Version private int version;

  protected NewsItem() {}

  public NewsItem(NewsKind kind, UUID organisationId, UUID authorId, Instant now) {
    this.id = UUID.randomUUID();
    this.kind = Objects.requireNonNull(kind);
    this.organisationId = Objects.requireNonNull(organisationId);
    this.authorId = Objects.requireNonNull(authorId);
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The text, audience and publication time, as (re)written. */
  public void write(String title, String teaser, String source, String html, String targets, UUID organisationId,
      Instant publishAt, Instant now) {
    this.title = Objects.requireNonNull(title);
    this.teaser = teaser;
    this.source = Objects.requireNonNull(source);
    this.html = Objects.requireNonNull(html);
    this.targets = Objects.requireNonNull(targets);
    this.organisationId = Objects.requireNonNull(organisationId);
    this.publishAt = Objects.requireNonNull(publishAt);
    this.updatedAt = now;
  }

  /** A new picture (its address changes with the version), or none. */
  public void picture(String alt) {
    this.imageAlt = alt;
    this.imageVersion++;
  }

  /** The same picture, described anew (its address stays). */
  public void describePicture(String alt) {
    this.imageAlt = alt;
  }

  public void removePicture() {
    this.imageAlt = null;
    this.imageVersion = 0;
  }

  public void delete(UUID by, Instant now) {
    this.deletedAt = now;
    this.deletedBy = by;
  }

  public void liked(int delta) {
    likeCount = Math.max(0, likeCount + delta);
  }

  public void commented(int delta) {
    commentCount = Math.max(0, commentCount + delta);
  }

  public boolean isPublishedAt(Instant now) {
    return !publishAt.isAfter(now);
  }

  public boolean isEdited() {
    return updatedAt.isAfter(publishAt.plusSeconds(60)) && updatedAt.isAfter(createdAt.plusSeconds(60));
  }

  @KeywordField(name = "targets")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "targets")))
  public List<String> getTargetTerms() {
    return List.of(targets.split(" "));
  }

  @GenericField(name = "listed")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "deletedAt")))
  public boolean isListed() {
    return deletedAt == null;
  }

  @FullTextField(name = "text", analyzer = "dutch")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "html")))
  public String getPlainText() {
    return HtmlText.plain(html);
  }

  /** The id as text: the tie-breaker of the newest-first order (and the timeline's cursor). */
  @KeywordField(name = "key", sortable = Sortable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getKey() {
    return id.toString();
  }

  public UUID getId() {
    return id;
  }

  public NewsKind getKind() {
    return kind;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public UUID getAuthorId() {
    return authorId;
  }

  public String getTitle() {
    return title;
  }

  public String getTeaser() {
    return teaser;
  }

  public String getSource() {
    return source;
  }

  public String getHtml() {
    return html;
  }

  public String getTargets() {
    return targets;
  }

  public String getImageAlt() {
    return imageAlt;
  }

  public int getImageVersion() {
    return imageVersion;
  }

  public Instant getPublishAt() {
    return publishAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public long getReadCount() {
    return readCount;
  }

  public long getReaderCount() {
    return readerCount;
  }

  public int getLikeCount() {
    return likeCount;
  }

  public int getCommentCount() {
    return commentCount;
  }

  public int getVersion() {
    return version;
  }
}
