package nl.plein.pages.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.pages.api.PageCommentView;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.PageView;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /pages/page.xhtml?id=}: a knowledge page with its menu, documents, "was this helpful?" and
 * comments. The address of a page taken offline with a successor leads to the successor (with a
 * word of why); without one it shows the reason.
 */
@Named
@ViewScoped
public class PageBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int COMMENTS_PER_PAGE = 50;

  @Inject PageService pages;
  @Inject Feedback feedback;

  private String id;
  private String page;
  private PageView view;
  private Page<PageCommentView> comments;
  private String comment;
  private String feedbackComment;

  /** View action: unknown or unreadable is "not found" (404); a replaced page leads to its successor. */
  public String load() {
    Optional<UUID> pageId = Ids.parse(id);
    if (pageId.isEmpty()) {
      feedback.report(new NotFoundException("error.knowledge.notFound"));
      return null;
    }
    view = feedback.attemptAndGet(() -> pages.getPage(pageId.get())).orElse(null);
    if (view == null) {
      return null;
    }
    if (!view.published() && view.successor() != null && !view.mayManage()) {
      return feedback.redirect("/pages/page.xhtml?id=" + view.successor().id(), "pages.replaced", view.title());
    }
    if (view.published()) {
      PageRequest request = new PageRequest(PageNumbers.parse(page), COMMENTS_PER_PAGE);
      comments = feedback.attemptAndGet(() -> pages.listComments(view.id(), request)).orElse(null);
    }
    return null;
  }

  public String helpful() {
    return answer(true);
  }

  public String notHelpful() {
    return answer(false);
  }

  private String answer(boolean helpful) {
    return feedback.attempt(() -> pages.giveFeedback(view.id(), helpful, feedbackComment))
        ? feedback.reload("pages.feedback.thanks") : null;
  }

  public String addComment() {
    return feedback.attempt(() -> pages.comment(view.id(), comment)) ? feedback.reload("pages.commented") : null;
  }

  public String deleteComment(PageCommentView c) {
    return feedback.attempt(() -> pages.deleteComment(c.id())) ? feedback.reload("pages.commentDeleted") : null;
  }

  public String getTitle() {
    return view == null ? feedback.text("pages.title") : view.title();
  }

  public String getHrefPrefix() {
    return "/pages/page?id=" + (view == null ? "" : view.id()) + "&page=";
  }

  public PageView getView() {
    return view;
  }

  public Page<PageCommentView> getComments() {
    return comments;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getFeedbackComment() {
    return feedbackComment;
  }

  public void setFeedbackComment(String feedbackComment) {
    this.feedbackComment = feedbackComment;
  }
}
