package nl.plein.news.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.people.api.PhotoSize;

/**
 * News and blogs: written by content editors (news) and bloggers (blogs) for the installation,
 * organisations or departments, published now or later, read by their audience, counted (reads,
 * unique readers, per organisation). What the caller may not read does not exist for them.
 */
@jakarta.ejb.Local
public interface NewsService {
  int PAGE_SIZE = 12;

  /** Whether the caller may write items of this kind (the editor's and the menu's question). */
  boolean mayWrite(NewsKind kind);

  /** The audiences the caller may choose for this kind: the installation, organisations, departments. */
  List<TargetOption> listTargetOptions(NewsKind kind);

  UUID publishNews(NewsRequest request);

  void editNews(UUID id, NewsRequest request);

  /** Takes the item away (kept for the record, no longer shown anywhere). */
  void deleteNews(UUID id);

  /** The item, counted as read by the caller (once as a unique reader; its writer is not counted). */
  NewsView readNews(UUID id);

  /** The item for its editor, not counted as a read. */
  NewsView getNewsForEditing(UUID id);

  /** What reaches the caller, newest first; {@code kind} null for both. */
  Page<NewsSummary> listNews(NewsKind kind, PageRequest page);

  /**
   * What reaches the people of an organisation or department (for the API): published items
   * targeted at the installation, that organisation, or that department or one above it.
   */
  Page<NewsSummary> listNewsFor(NewsKind kind, UUID organisationId, UUID departmentId, PageRequest page);

  /** Items the caller wrote, scheduled ones too, newest publication first. */
  Page<NewsSummary> listMyNews(PageRequest page);

  /**
   * For the personal timeline: up to {@code max} published items that reach the caller, older than
   * the cursor ({@code before} null: the newest), newest first, by (publication time, id).
   */
  List<NewsSummary> listForTimeline(Instant before, UUID beforeId, int max);

  NewsStats getStats(UUID id);

  void like(UUID id);

  void unlike(UUID id);

  UUID comment(UUID id, String text);

  void deleteComment(UUID commentId);

  /** Oldest first. */
  Page<NewsCommentView> listComments(UUID id, PageRequest page);

  /** The item's picture for who may read the item. */
  Optional<nl.plein.people.api.Photo> findImage(UUID id, PhotoSize size);
}
