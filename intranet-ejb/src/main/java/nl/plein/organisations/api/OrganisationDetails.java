package nl.plein.organisations.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** An organisation with its department tree (in tree order) and its locations. */
public record OrganisationDetails(
    UUID id,
    String name,
    String shortName,
    boolean active,
    int version,
    List<DepartmentSummary> departments,
    List<LocationSummary> locations)
    implements Serializable {

  public OrganisationDetails {
    departments = List.copyOf(departments);
    locations = List.copyOf(locations);
  }

  public OrganisationSummary summary() {
    return new OrganisationSummary(id, name, shortName, active);
  }
}
