package nl.plein.people.api;

import jakarta.ejb.Local;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

@Local
public interface CompletenessService {
  Completeness getOwnCompleteness();

  Completeness getCompleteness(UUID personId);

  /**
   * For community managers: departments by average score (highest first), for the organisations
   * they manage. A profile counts as complete from {@link #COMPLETE_FROM} points.
   */
  Page<DepartmentCompleteness> departmentOverview(UUID organisationId, PageRequest page);

  /**
   * The organisations whose campaign view the caller may open: empty means all of them
   * (installation-wide managers), otherwise those the caller holds a managing role for.
   */
  Optional<Set<UUID>> campaignOrganisations();

  int COMPLETE_FROM = 80;
}
