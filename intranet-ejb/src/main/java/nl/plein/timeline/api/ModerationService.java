package nl.plein.timeline.api;

import jakarta.ejb.Local;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/**
 * Reporting posts and comments, and the community manager's queue: hide what breaks the rules,
 * dismiss a report that does not, and restore what was hidden. A community manager handles the
 * reports of the posts of their organisations (all, with the installation-wide role).
 */
@Local
public interface ModerationService {
  /** By anyone who may read the post; reporting the same thing twice while open is refused. */
  UUID report(UUID postId, UUID commentId, String reason);

  /** Open reports, oldest first. */
  Page<ReportView> listOpenReports(PageRequest page);

  /** What was hidden, most recently first, to restore. */
  Page<ReportView> listHidden(PageRequest page);

  /** Hides the post or comment (for everyone) and closes every open report of it. */
  void hide(UUID reportId);

  /** Closes the report (and other open reports of the same post or comment): nothing is wrong. */
  void dismiss(UUID reportId);

  /** Brings a hidden post or comment back. */
  void restore(UUID reportId);

  /**
   * Deleted posts of the community manager's organisations that they may read, most recently
   * deleted first: whoever deleted them (the author, a group administrator, a moderator).
   */
  Page<DeletedPostView> listDeleted(PageRequest page);

  /** Brings a deleted post back on every timeline; a report that hid it counts as restored. */
  void restorePost(UUID postId);
}
