package nl.plein.organisations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.organisations.api.OrganisationRequest;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.organisations.api.OrganisationSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;

/** {@code /admin/organisations.xhtml}: all organisations, page by page, and a form for a new one. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisations;
  @Inject Feedback feedback;

  private String page;
  private Page<OrganisationSummary> result;
  private String name;
  private String shortName;

  /** View action: loads the requested page (inactive organisations included). */
  public void load() {
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> organisations.listOrganisations(request, true)).orElse(null);
  }

  public String create() {
    return feedback
        .attemptAndGet(() -> organisations.createOrganisation(new OrganisationRequest(name, shortName, null)))
        .map(id -> feedback.redirect("/admin/organisation.xhtml?id=" + id, "organisations.created", name))
        .orElse(null);
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public Page<OrganisationSummary> getResult() {
    return result;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }
}
