package nl.plein.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.OrganisationDetails;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.people.api.PersonService;
import nl.plein.people.api.PersonSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /people/department.xhtml?id=...&organisation=...}: a department's people, its
 * sub-departments and the department it belongs to. Links name the organisation too, because
 * the department's name comes from the organisation's tree.
 */
@Named
@RequestScoped
public class DepartmentBacking {
  @Inject PersonService people;
  @Inject OrganisationService organisations;
  @Inject Feedback feedback;

  private String id;
  private String organisation;
  private String page;
  private UUID departmentId;
  private Page<PersonSummary> result;
  private OrganisationDetails details;
  private DepartmentSummary department;

  /** View action. An unknown or malformed id shows "not found" (with status 404). */
  public void load() {
    Optional<UUID> parsed = Ids.parse(id);
    if (parsed.isEmpty()) {
      feedback.report(new NotFoundException("error.department.notFound"));
      return;
    }
    departmentId = parsed.get();
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> people.listDepartmentPeople(departmentId, request)).orElse(null);
    if (result == null) {
      return;
    }
    Optional<UUID> organisationId =
        Ids.parse(organisation).or(() -> result.items().stream().map(PersonSummary::organisationId).findFirst());
    details = organisationId.flatMap(o -> feedback.attemptAndGet(() -> organisations.getOrganisation(o))).orElse(null);
    department = find(departmentId);
  }

  private DepartmentSummary find(UUID departmentId) {
    if (details == null || departmentId == null) {
      return null;
    }
    return details.departments().stream().filter(d -> d.id().equals(departmentId)).findFirst().orElse(null);
  }

  public String getTitle() {
    if (result == null) {
      return feedback.text("department.notFound.title");
    }
    if (department != null) {
      return department.name();
    }
    return result.items().stream()
        .map(PersonSummary::departmentName)
        .filter(name -> name != null && !name.isBlank())
        .findFirst()
        .orElse(feedback.text("department.title"));
  }

  public List<DepartmentSummary> getSubDepartments() {
    if (details == null) {
      return List.of();
    }
    return details.departments().stream().filter(d -> d.active() && departmentId.equals(d.parentId())).toList();
  }

  /** The department this one belongs to, or null for a top-level department. */
  public DepartmentSummary getParent() {
    return department == null ? null : find(department.parentId());
  }

  public OrganisationDetails getDetails() {
    return details;
  }

  /** The directory, filtered on this department. */
  public String getDirectoryHref() {
    DirectorySearch search = new DirectorySearch();
    if (details != null) {
      search.setOrganisation(details.id().toString());
    }
    return search.href(DirectorySearch.DEPARTMENT, departmentId.toString());
  }

  public String getPageHrefPrefix() {
    String org = details == null ? "" : "&organisation=" + details.id();
    return "/people/department?id=" + departmentId + org + "&page=";
  }

  public Page<PersonSummary> getResult() {
    return result;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
