package nl.plein.pages.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.media.api.UploadedFile;

/**
 * Knowledge pages: written together, each save a revision, each page with an owner and a review
 * date. What the caller may not read does not exist for them (see the access rules on the policy).
 */
@Local
public interface PageService {
  int PAGE_SIZE = 20;
  /** Entries per level of a menu; more are reached through the space's or parent's list. */
  int MENU_LEVEL_MAX = 50;

  UUID createPage(CreatePageRequest request);

  /**
   * Saves a new revision.
   *
   * @return the new revision's number
   * @throws nl.plein.common.api.ConflictException {@code error.page.editConflict} when someone saved
   *     after {@code request.baseRevision()}: nothing is saved, the writer compares and merges
   */
  int editPage(UUID pageId, EditPageRequest request);

  PageView getPage(UUID pageId);

  /** The spaces the caller may read that hold published pages, with how many; by name. */
  Page<PageSpace> listSpaces(PageRequest page);

  /** A space as the caller sees it (empty spaces too, for writing the first page). */
  PageSpace getSpace(PageSpace.Kind kind, UUID id);

  /** Whether the caller may write a new page in the space. */
  boolean mayCreateIn(PageSpace.Kind kind, UUID id);

  /** Published pages of a space under {@code parentId} (null: its top pages), by title. */
  Page<PageSummary> listPages(PageSpace.Kind kind, UUID spaceId, UUID parentId, PageRequest page);

  /**
   * Up to {@code max} other published pages of the page's space, by title: the choices of a new
   * parent or a successor (for who may manage the page).
   */
  java.util.List<PageSummary> listSpaceChoices(UUID pageId, int max);

  /** The HTML a page's text gives, for the editor's preview (nothing is saved). */
  String preview(String text);

  /** The review date suggested after a review today. */
  LocalDate suggestNextReview();

  /** Newest first. */
  Page<RevisionSummary> listRevisions(UUID pageId, PageRequest page);

  RevisionView getRevision(UUID pageId, int number);

  /** The changes from one revision to another (in either order; the older is shown as "before"). */
  RevisionComparison compareRevisions(UUID pageId, int from, int to);

  /**
   * Brings back an old revision's title and text as a new revision (history is never rewritten).
   *
   * @param baseRevision as for an edit: refused if someone saved since the restorer looked
   * @return the new revision's number
   */
  int restoreRevision(UUID pageId, int number, int baseRevision);

  /** Under another page of the same space, or to the top with null; never under itself or its own subpages. */
  void movePage(UUID pageId, UUID newParentId);

  void changeOwner(UUID pageId, UUID ownerId);

  /** The page is still right: the next review date, later than today and at most two years ahead. */
  void confirmReview(UUID pageId, LocalDate nextReview);

  /** Offline with a reason; its address then leads to the successor, if given. */
  void unpublishPage(UUID pageId, UnpublishRequest request);

  void republishPage(UUID pageId);

  /** The caller's own pages whose review date has come, oldest date first. */
  Page<ReviewTask> listMyReviews(PageRequest page);

  /** Overdue pages of the organisations the caller is community manager of, oldest date first. */
  Page<ReviewTask> listStalePages(PageRequest page);

  /**
   * An image (JPEG, PNG, WebP: shown in the text) or a document (PDF, Word, Excel, ...: offered as
   * download, its text searchable; an encrypted or damaged one is kept, marked not searchable).
   */
  PageFileView addFile(UUID pageId, UploadedFile file);

  void removeFile(UUID pageId, UUID fileId);

  Optional<PageFileContent> findFile(UUID fileId);

  /** "Was this helpful?": yes or no, with a word to the owner if wished; a second answer replaces the first. */
  void giveFeedback(UUID pageId, boolean helpful, String comment);

  /** For who may manage the page: the answers, newest first. */
  Page<PageFeedbackView> listFeedback(UUID pageId, PageRequest page);

  UUID comment(UUID pageId, String text);

  void deleteComment(UUID commentId);

  /** Oldest first. */
  Page<PageCommentView> listComments(UUID pageId, PageRequest page);
}
