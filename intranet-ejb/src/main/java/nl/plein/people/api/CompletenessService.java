package nl.plein.people.api;

import jakarta.ejb.Local;
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

  int COMPLETE_FROM = 80;
}
