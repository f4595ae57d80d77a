package nl.plein.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.Optional;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.organisations.api.OrganisationSummary;
import nl.plein.people.api.CompletenessService;
import nl.plein.people.api.DepartmentCompleteness;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /community/completeness.xhtml?organisation=}: the profile campaign. Per department the
 * average profile score, as a chart for the eye and as a table for everyone.
 */
@Named
@RequestScoped
public class CompletenessBacking {
  static final PageRequest ORGANISATIONS = new PageRequest(1, 100);

  @Inject CompletenessService completeness;
  @Inject OrganisationService organisationService;
  @Inject Feedback feedback;

  private String organisation;
  private String page;
  private List<OrganisationSummary> organisations = List.of();
  private Page<DepartmentCompleteness> result;

  /** View action: an empty organisation means all organisations the caller manages. */
  public void load() {
    Optional<Set<UUID>> mine = feedback.attemptAndGet(completeness::campaignOrganisations).orElse(Optional.of(Set.of()));
    organisations =
        feedback.attemptAndGet(() -> organisationService.listOrganisations(ORGANISATIONS, false))
            .map(Page::items)
            .orElse(List.<OrganisationSummary>of())
            .stream()
            .filter(o -> mine.map(ids -> ids.contains(o.id())).orElse(true))
            .toList();
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result =
        feedback.attemptAndGet(() -> completeness.departmentOverview(Ids.orNull(organisation), request))
            .orElse(null);
  }

  /** A bar's length in percent, whatever the service sends. */
  public int barSize(DepartmentCompleteness d) {
    return Math.max(0, Math.min(100, d.averageScore()));
  }

  public boolean selected(OrganisationSummary o) {
    return o.id().equals(Ids.orNull(organisation));
  }

  public int getCompleteFrom() {
    return CompletenessService.COMPLETE_FROM;
  }

  public String getPageHrefPrefix() {
    String chosen = Ids.parse(organisation).map(id -> "organisation=" + id + "&").orElse("");
    return "/community/completeness?" + chosen + "page=";
  }

  public List<OrganisationSummary> getOrganisations() {
    return organisations;
  }

  public Page<DepartmentCompleteness> getResult() {
    return result;
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
