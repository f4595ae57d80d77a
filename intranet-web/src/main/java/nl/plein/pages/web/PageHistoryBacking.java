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
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.PageView;
import nl.plein.pages.api.RevisionSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /pages/history.xhtml?id=}: every save of a page, newest first; any two compared
 * ({@code /pages/compare}), an old one restored as a new revision.
 */
@Named
@ViewScoped
public class PageHistoryBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PER_PAGE = 25;

  @Inject PageService pages;
  @Inject Feedback feedback;

  private String id;
  private String page;
  private PageView view;
  private Page<RevisionSummary> revisions;

  public void load() {
    Optional<UUID> pageId = Ids.parse(id);
    if (pageId.isEmpty()) {
      feedback.report(new NotFoundException("error.knowledge.notFound"));
      return;
    }
    view = feedback.attemptAndGet(() -> pages.getPage(pageId.get())).orElse(null);
    if (view != null) {
      PageRequest request = new PageRequest(PageNumbers.parse(page), PER_PAGE);
      revisions = feedback.attemptAndGet(() -> pages.listRevisions(view.id(), request)).orElse(null);
    }
  }

  public String restore(RevisionSummary revision) {
    return feedback.attempt(() -> pages.restoreRevision(view.id(), revision.number(), view.revision()))
        ? feedback.redirect("/pages/page.xhtml?id=" + view.id(), "pages.restored", revision.number()) : null;
  }

  public String getHrefPrefix() {
    return "/pages/history?id=" + (view == null ? "" : view.id()) + "&page=";
  }

  public PageView getView() {
    return view;
  }

  public Page<RevisionSummary> getRevisions() {
    return revisions;
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
}
