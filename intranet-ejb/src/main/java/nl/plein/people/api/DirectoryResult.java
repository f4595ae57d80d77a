package nl.plein.people.api;

import java.io.Serializable;
import java.util.List;
import nl.plein.common.api.Page;

/** Hits and facets; counts include only people the searcher may see. */
public record DirectoryResult(
    Page<PersonSummary> hits,
    List<FacetValue> organisations,
    List<FacetValue> departments,
    List<FacetValue> locations,
    List<FacetValue> expertise)
    implements Serializable {

  public DirectoryResult {
    organisations = List.copyOf(organisations);
    departments = List.copyOf(departments);
    locations = List.copyOf(locations);
    expertise = List.copyOf(expertise);
  }
}
