package nl.plein.timeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;
import nl.plein.timeline.api.ModerationService;
import nl.plein.timeline.api.ReportView;

/**
 * {@code /community/reports.xhtml?page=&verwijderd=}: the community manager's queue of reported
 * posts and comments (hide or dismiss), under it what was hidden (restore), and the posts deleted
 * by their authors or group administrators (restore one deleted by mistake).
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ModerationService moderation;
  @Inject Feedback feedback;

  private String page;
  private Page<ReportView> open;
  private Page<ReportView> hidden;
  private String deletedPage;
  private Page<nl.plein.timeline.api.DeletedPostView> deleted;

  /** View action. */
  public void load() {
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    open = feedback.attemptAndGet(() -> moderation.listOpenReports(request)).orElse(null);
    hidden = feedback.attemptAndGet(() -> moderation.listHidden(new PageRequest(1, PageNumbers.SIZE))).orElse(null);
    PageRequest deletedRequest = new PageRequest(PageNumbers.parse(deletedPage), PageNumbers.SIZE);
    deleted = feedback.attemptAndGet(() -> moderation.listDeleted(deletedRequest)).orElse(null);
  }

  public String restorePost(nl.plein.timeline.api.DeletedPostView post) {
    return feedback.attempt(() -> moderation.restorePost(post.postId())) ? feedback.reload("reports.didRestore") : null;
  }

  public Page<nl.plein.timeline.api.DeletedPostView> getDeleted() {
    return deleted;
  }

  /** The page numbers as numbers (for the pagers' links, which keep each other's page). */
  public int getPageNumber() {
    return PageNumbers.parse(page);
  }

  public int getDeletedPageNumber() {
    return PageNumbers.parse(deletedPage);
  }

  public String getDeletedPage() {
    return deletedPage;
  }

  public void setDeletedPage(String deletedPage) {
    this.deletedPage = deletedPage;
  }

  public String hide(ReportView report) {
    return feedback.attempt(() -> moderation.hide(report.id())) ? feedback.reload("reports.didHide") : null;
  }

  public String dismiss(ReportView report) {
    return feedback.attempt(() -> moderation.dismiss(report.id())) ? feedback.reload("reports.didDismiss") : null;
  }

  public String restore(ReportView report) {
    return feedback.attempt(() -> moderation.restore(report.id())) ? feedback.reload("reports.didRestore") : null;
  }

  public Page<ReportView> getOpen() {
    return open;
  }

  public Page<ReportView> getHidden() {
    return hidden;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
