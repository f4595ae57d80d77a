package nl.plein.timeline.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.plein.common.api.ConflictException;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A post, on the author's own timeline or in a group. The search index answers the timelines
 * (whose posts, which groups, which hashtags, who may read it, newest first); the database holds
 * the text and the counts.
 */
@Entity
@Table(name = "post")
@Indexed(index = "post")
public class Post {
  @Id private UUID id;

  @Column(name = "author_id", nullable = false)
  @GenericField(projectable = Projectable.YES)
  private UUID authorId;

  @Column(name = "group_id")
  @GenericField
  private UUID groupId;

  @Column(name = "organisation_id", nullable = false)
  @GenericField
  private UUID organisationId;

  /** Space-separated reader terms, see {@link Audience}. */
  @Column(nullable = false)
  private String audience;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String html;

  @Column(name = "created_at", nullable = false)
  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "deleted_at")
  @GenericField(sortable = Sortable.YES)
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private UUID deletedBy;

  /** Pinned in its group by an administrator: shown above the group's timeline. */
  @Column(name = "pinned_at")
  private Instant pinnedAt;

  /** Written by an editor as must-read: readers acknowledge it, the writer sees how many did. */
  @Column(name = "must_read", nullable = false)
  private boolean mustRead;

  @OptimisticLock(excluded = true)
  @Column(name = "like_count", nullable = false)
  private int likeCount;

  @OptimisticLock(excluded = true)
  @Column(name = "comment_count", nullable = false)
  private int commentCount;

  @ElementCollection
  @CollectionTable(name = "post_hashtag", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "tag")
  @KeywordField
  private Set<String> hashtags = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "post_mention", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "person_id")
  private Set<UUID> mentioned = new HashSet<>();

  @Version private int version;

  protected Post() {}

  public Post(UUID authorId, UUID groupId, UUID organisationId, String audience, String source,
      PostText.Rendered text, Instant now) {
    this.id = UUID.randomUUID();
    this.authorId = Objects.requireNonNull(authorId);
    this.groupId = groupId;
    this.organisationId = Objects.requireNonNull(organisationId);
    this.audience = Objects.requireNonNull(audience);
    this.createdAt = now;
    write(source, text);
  }

  /** Who may read it changed (the group became closed, secret, open or shared). */
  public void changeAudience(String audience) {
    this.audience = Objects.requireNonNull(audience);
  }

  /** Changes the text; the post shows it was edited. */
  public void edit(String source, PostText.Rendered text, Instant now) {
    checkNotDeleted();
    write(source, text);
    editedAt = now;
  }

  private void write(String source, PostText.Rendered text) {
    this.source = source;
    this.html = text.html();
    this.hashtags.clear();
    this.hashtags.addAll(text.hashtags());
    this.mentioned.clear();
    this.mentioned.addAll(text.mentioned());
  }

  /** Soft: the post leaves every timeline, and a moderator can bring it back. */
  public void delete(UUID by, Instant now) {
    if (deletedAt == null) {
      deletedAt = now;
      deletedBy = by;
    }
  }

  public void pin(Instant now) {
    if (groupId == null) {
      throw new ConflictException("error.post.pinOwnTimeline");
    }
    checkNotDeleted();
    pinnedAt = now;
  }

  public void unpin() {
    pinnedAt = null;
  }

  public void markMustRead() {
    mustRead = true;
  }

  public boolean isPinned() {
    return pinnedAt != null;
  }

  public boolean isMustRead() {
    return mustRead;
  }

  public void restore() {
    deletedAt = null;
    deletedBy = null;
  }

  public void checkNotDeleted() {
    if (deletedAt != null) {
      throw new ConflictException("error.post.deleted");
    }
  }

  public void recountLikes(long count) {
    likeCount = (int) count;
  }

  public void recountComments(long count) {
    commentCount = (int) count;
  }

  /** The reader terms, for the index. */
  @KeywordField(name = "readers")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "audience")))
  public List<String> getReaders() {
    return List.of(audience.split(" "));
  }

  /** Deleted posts stay in the index, unlisted, so that restoring them is one update. */
  @GenericField(name = "listed")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "deletedAt")))
  public boolean isListed() {
    return deletedAt == null;
  }

  /** The id as a sortable keyword: the tie-breaker of the timeline's order and cursor. */
  @KeywordField(name = "key", sortable = Sortable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getKey() {
    return id.toString();
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public UUID getDeletedBy() {
    return deletedBy;
  }

  public UUID getId() {
    return id;
  }

  public UUID getAuthorId() {
    return authorId;
  }

  public UUID getGroupId() {
    return groupId;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public String getSource() {
    return source;
  }

  public String getHtml() {
    return html;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public int getLikeCount() {
    return likeCount;
  }

  public int getCommentCount() {
    return commentCount;
  }

  public Set<String> getHashtags() {
    return Set.copyOf(hashtags);
  }

  public Set<UUID> getMentioned() {
    return Set.copyOf(mentioned);
  }
}
