package nl.plein.pages.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.plein.common.api.PageRequest;
import nl.plein.pages.api.PageService;
import nl.plein.people.api.DirectoryQuery;
import nl.plein.people.api.DirectoryService;
import nl.plein.people.api.PersonSummary;
import nl.plein.platform.web.Feedback;

/**
 * The owner section of {@code /pages/manage}: find a colleague in the directory and make them the
 * page's owner (who then gets its reviews). Its own bean, so that the manage page stays small.
 */
@Named
@ViewScoped
public class PageOwnerBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int RESULTS = 10;

  @Inject PageService pages;
  @Inject DirectoryService directory;
  @Inject Feedback feedback;

  private String query;
  private List<PersonSummary> found;

  public String search() {
    if (query == null || query.isBlank()) {
      found = List.of();
      return null;
    }
    found = feedback.attemptAndGet(() -> directory.search(DirectoryQuery.text(query.strip(), new PageRequest(1, RESULTS)))
        .hits().items()).orElse(List.of());
    return null;
  }

  /** To the page: the former owner may no longer manage it. */
  public String makeOwner(UUID pageId, PersonSummary person) {
    return feedback.attempt(() -> pages.changeOwner(pageId, person.id()))
        ? feedback.redirect("/pages/page.xhtml?id=" + pageId, "pages.ownerChanged", person.displayName()) : null;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<PersonSummary> getFound() {
    return found;
  }
}
