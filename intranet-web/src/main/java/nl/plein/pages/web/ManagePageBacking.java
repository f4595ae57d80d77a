package nl.plein.pages.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.pages.api.PageFeedbackView;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.PageSummary;
import nl.plein.pages.api.PageView;
import nl.plein.pages.api.UnpublishRequest;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /pages/manage.xhtml?id=}: for the owner and who looks after the page: confirm it is still
 * right (next review date), move it in the menu, take it offline (reason, successor) or back, and
 * read the "was this helpful?" answers.
 */
@Named
@ViewScoped
public class ManagePageBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int FEEDBACK_PER_PAGE = 25;
  /** Pages offered as new parent or successor. */
  static final int CHOICES = 100;

  @Inject PageService pages;
  @Inject Feedback feedback;

  private String id;
  private String page;
  private PageView view;
  private Page<PageFeedbackView> answers;
  private List<PageSummary> choices = List.of();
  private LocalDate nextReview;
  private String parentId;
  private String reason;
  private String successorId;

  public void load() {
    Optional<UUID> pageId = Ids.parse(id);
    if (pageId.isEmpty()) {
      feedback.report(new NotFoundException("error.knowledge.notFound"));
      return;
    }
    view = feedback.attemptAndGet(() -> pages.getPage(pageId.get())).orElse(null);
    if (view != null && !view.mayManage()) {
      feedback.report(new AccessDeniedException("error.knowledge.mayNotManage"));
      view = null;
    }
    if (view == null) {
      return;
    }
    nextReview = pages.suggestNextReview();
    parentId = view.parentId() == null ? "" : view.parentId().toString();
    answers = feedback.attemptAndGet(() -> pages.listFeedback(view.id(),
        new PageRequest(PageNumbers.parse(page), FEEDBACK_PER_PAGE))).orElse(null);
    choices = feedback.attemptAndGet(() -> pages.listSpaceChoices(view.id(), CHOICES)).orElse(List.of());
  }

  public String confirmReview() {
    return feedback.attempt(() -> pages.confirmReview(view.id(), nextReview))
        ? feedback.reload("pages.reviewed") : null;
  }

  public String move() {
    UUID parent = Ids.parse(parentId).orElse(null);
    return feedback.attempt(() -> pages.movePage(view.id(), parent)) ? feedback.reload("pages.moved") : null;
  }

  public String unpublish() {
    UUID successor = Ids.parse(successorId).orElse(null);
    return feedback.attempt(() -> pages.unpublishPage(view.id(), new UnpublishRequest(reason, successor)))
        ? feedback.reload("pages.unpublished") : null;
  }

  public String republish() {
    return feedback.attempt(() -> pages.republishPage(view.id())) ? feedback.reload("pages.republished") : null;
  }

  public String getHrefPrefix() {
    return "/pages/manage?id=" + (view == null ? "" : view.id()) + "&page=";
  }

  public PageView getView() {
    return view;
  }

  public Page<PageFeedbackView> getAnswers() {
    return answers;
  }

  /** The space's other pages, for the parent and successor choices. */
  public List<PageSummary> getChoices() {
    return choices;
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

  public LocalDate getNextReview() {
    return nextReview;
  }

  public void setNextReview(LocalDate nextReview) {
    this.nextReview = nextReview;
  }

  public String getParentId() {
    return parentId;
  }

  public void setParentId(String parentId) {
    this.parentId = parentId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getSuccessorId() {
    return successorId;
  }

  public void setSuccessorId(String successorId) {
    this.successorId = successorId;
  }
}
