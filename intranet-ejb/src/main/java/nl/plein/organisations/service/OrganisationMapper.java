package nl.plein.organisations.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.LocationSummary;
import nl.plein.organisations.api.OrganisationDetails;
import nl.plein.organisations.api.OrganisationSummary;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Location;
import nl.plein.organisations.domain.Organisation;

final class OrganisationMapper {
  private OrganisationMapper() {}

  static OrganisationSummary toSummary(Organisation o) {
    return new OrganisationSummary(o.getId(), o.getName(), o.getShortName(), o.isActive());
  }

  static OrganisationDetails toDetails(
      Organisation o, List<Department> departments, List<Location> locations) {
    return new OrganisationDetails(
        o.getId(),
        o.getName(),
        o.getShortName(),
        o.isActive(),
        o.getVersion(),
        tree(departments),
        locations.stream().map(OrganisationMapper::toSummary).toList());
  }

  static LocationSummary toSummary(Location l) {
    return new LocationSummary(
        l.getId(),
        l.getOrganisation().getId(),
        l.getName(),
        l.getStreet(),
        l.getPostalCode(),
        l.getCity(),
        l.isActive(),
        l.getVersion());
  }

  /** Departments in tree order (each followed by its children, by name), with their depth. */
  static List<DepartmentSummary> tree(List<Department> departments) {
    Map<UUID, List<Department>> children = new HashMap<>();
    for (Department d : departments) {
      UUID parent = d.getParent() == null ? null : d.getParent().getId();
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
    }
    children.values().forEach(l -> l.sort(Comparator.comparing(Department::getName, String.CASE_INSENSITIVE_ORDER)));
    List<DepartmentSummary> result = new ArrayList<>();
    addChildren(null, 0, children, result);
    return result;
  }

  private static void addChildren(
      UUID parent, int depth, Map<UUID, List<Department>> children, List<DepartmentSummary> out) {
    for (Department d : children.getOrDefault(parent, List.of())) {
      out.add(
          new DepartmentSummary(
              d.getId(),
              d.getOrganisation().getId(),
              parent,
              d.getName(),
              d.isActive(),
              depth,
              d.getVersion()));
      addChildren(d.getId(), depth + 1, children, out);
    }
  }
}
