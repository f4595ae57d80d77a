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
 * {@code /community/reports.xhtml?page=}: the community manager's queue of reported posts and
 * comments (hide or dismiss), and under it what was hidden (restore).
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

  /** View action. */
  public void load() {
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    open = feedback.attemptAndGet(() -> moderation.listOpenReports(request)).orElse(null);
    hidden = feedback.attemptAndGet(() -> moderation.listHidden(new PageRequest(1, PageNumbers.SIZE))).orElse(null);
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
