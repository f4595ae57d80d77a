package nl.plein.timeline.api;

import jakarta.ejb.Local;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/**
 * Posts, comments and likes, and the timelines that show them. What a reader may not see (a
 * closed or secret group's conversation they are not part of, an organisation kept apart) is left
 * out inside the query, so it never shows, not even in a count.
 */
@Local
public interface TimelineService {
  int PAGE_SIZE = 20;

  UUID publish(PostRequest request);

  void edit(UUID postId, PostRequest request);

  /** By the author, an administrator of the group, or a community manager. Soft. */
  void delete(UUID postId);

  PostView getPost(UUID postId);

  /** The caller's timeline: themselves, people and hashtags they follow, their groups. */
  TimelinePage listOwnTimeline(String cursor);

  /**
   * The start page: the own timeline with the news and blogs that reach the reader between its
   * posts, newest first; the cursor counts both.
   */
  TimelinePage listStartPage(String cursor);

  /** How many posts on the caller's timeline are newer than {@code since} (a cursor), for "new posts". */
  long countNewer(String since);

  TimelinePage listGroupTimeline(UUID groupId, String cursor);

  /** A person's posts (own timeline and groups) that the caller may read. */
  TimelinePage listProfileTimeline(UUID personId, String cursor);

  TimelinePage listHashtagTimeline(String tag, String cursor);

  void followHashtag(String tag);

  void unfollowHashtag(String tag);

  boolean followsHashtag(String tag);

  /** By an administrator of the post's group: the post shows above the group's timeline. */
  void pin(UUID postId);

  void unpin(UUID postId);

  /** The reader has read a must-read post (again is fine). */
  void acknowledge(UUID postId);

  int MAX_PINNED = 3;

  /** Liking twice is refused ("already liked"). */
  void like(UUID postId);

  void unlike(UUID postId);

  /** A comment, or with {@code parentId} a reply to one; replies to replies go under the same comment. */
  UUID comment(UUID postId, UUID parentId, String text);

  void deleteComment(UUID commentId);

  void likeComment(UUID commentId);

  void unlikeComment(UUID commentId);

  /**
   * A short plain-text opening of each post among {@code postIds} that the caller may read (for
   * notifications); deleted posts and posts the caller may not read are absent.
   */
  java.util.Map<UUID, String> findReadableSnippets(java.util.Collection<UUID> postIds);

  int SNIPPET_LENGTH = 60;

  /**
   * A photo of a post the caller may read; empty otherwise.
   *
   * @param postId the post it must belong to, or null for whichever post it is in
   */
  java.util.Optional<nl.plein.people.api.Photo> findPhoto(UUID postId, UUID photoId, nl.plein.people.api.PhotoSize size);

  /**
   * A document attached to a post the caller may read; empty otherwise.
   *
   * @param postId the post it must belong to, or null for whichever post it is in
   */
  java.util.Optional<AttachmentFile> findAttachment(UUID postId, UUID attachmentId);

  /** Oldest first, replies right after their comment. */
  Page<CommentView> listComments(UUID postId, PageRequest page);

  /** Who liked a post the reader may read, most recently first. */
  Page<Liker> listLikers(UUID postId, PageRequest page);

  /** Who liked a comment on a post the reader may read, most recently first. */
  Page<Liker> listCommentLikers(UUID commentId, PageRequest page);
}
