package nl.plein.people.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.LocationSummary;
import nl.plein.organisations.api.OrganisationDetails;
import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonSummary;

/**
 * What the profile form offers in its select boxes: the organisation's active departments (in
 * tree order) and locations, and as managers the people of the person's department. The current
 * values are always offered, also when inactive or outside the list, so that saving keeps them.
 */
public record ProfileChoices(
    List<DepartmentSummary> departments, List<LocationSummary> locations, List<PersonRef> managers)
    implements Serializable {

  public ProfileChoices {
    departments = List.copyOf(departments);
    locations = List.copyOf(locations);
    managers = List.copyOf(managers);
  }

  /** {@code details} may be null (the organisation could not be read); {@code colleagues} empty. */
  static ProfileChoices of(PersonProfile p, OrganisationDetails details, List<PersonSummary> colleagues) {
    List<DepartmentSummary> departments = new ArrayList<>();
    List<LocationSummary> locations = new ArrayList<>();
    if (details != null) {
      details.departments().stream().filter(d -> d.active() || d.id().equals(p.departmentId())).forEach(departments::add);
      details.locations().stream().filter(l -> l.active() || l.id().equals(p.locationId())).forEach(locations::add);
    }
    if (p.departmentId() != null && departments.stream().noneMatch(d -> d.id().equals(p.departmentId()))) {
      departments.add(0, new DepartmentSummary(p.departmentId(), p.organisationId(), null, p.departmentName(), true, 0, 0));
    }
    if (p.locationId() != null && locations.stream().noneMatch(l -> l.id().equals(p.locationId()))) {
      locations.add(0, new LocationSummary(p.locationId(), p.organisationId(), p.locationName(), null, null, null, true, 0));
    }
    List<PersonRef> managers = new ArrayList<>();
    colleagues.stream().filter(c -> !c.id().equals(p.id())).map(PersonSummary::ref).forEach(managers::add);
    PersonRef current = p.manager();
    if (current != null && managers.stream().noneMatch(m -> m.id().equals(current.id()))) {
      managers.add(0, current);
    }
    return new ProfileChoices(departments, locations, managers);
  }
}
