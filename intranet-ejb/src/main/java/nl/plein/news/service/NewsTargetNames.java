package nl.plein.news.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.plein.common.api.PageRequest;
import nl.plein.news.api.NewsTarget;
import nl.plein.news.api.TargetOption;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.OrganisationService;

/** The names of audiences (organisations and departments the caller may see), and the editor's choices. */
@RequestScoped
public class NewsTargetNames {
  @EJB OrganisationService organisations;

  private Map<UUID, String> organisationNames;

  /** The visible, active organisations by id, by name. */
  Map<UUID, String> organisationNames() {
    if (organisationNames == null) {
      organisationNames = new java.util.LinkedHashMap<>();
      for (int page = 1; ; page++) {
        var found = organisations.listOrganisations(new PageRequest(page, PageRequest.MAX_SIZE), false);
        found.items().forEach(o -> organisationNames.put(o.id(), o.name()));
        if (!found.hasNext()) {
          break;
        }
      }
    }
    return organisationNames;
  }

  /** The installation, each organisation the writer may write for, and its active departments in tree order. */
  List<TargetOption> options(boolean installation, Predicate<UUID> mayWriteFor) {
    List<TargetOption> options = new ArrayList<>();
    if (installation) {
      options.add(new TargetOption(NewsTarget.INSTALLATION, null, 0));
    }
    for (UUID organisation : organisationNames().keySet()) {
      if (!mayWriteFor.test(organisation)) {
        continue;
      }
      var details = organisations.getOrganisation(organisation);
      options.add(new TargetOption(new NewsTarget(NewsTarget.Kind.ORGANISATION, organisation), details.name(), 0));
      for (DepartmentSummary d : details.departments()) {
        if (d.active()) {
          options.add(new TargetOption(new NewsTarget(NewsTarget.Kind.DEPARTMENT, d.id()), d.name(), d.depth() + 1));
        }
      }
    }
    return options;
  }

  /** Each target named: null for the installation (the page says "everyone"), else the organisation or department. */
  List<String> names(List<NewsTarget> targets) {
    Map<UUID, DepartmentSummary> departments = organisations.findDepartments(targets.stream()
        .filter(t -> t.kind() == NewsTarget.Kind.DEPARTMENT).map(NewsTarget::id).toList());
    Map<UUID, String> names = new HashMap<>(organisationNames());
    List<String> named = new ArrayList<>();
    for (NewsTarget t : targets) {
      switch (t.kind()) {
        case INSTALLATION -> named.add("");
        case ORGANISATION -> java.util.Optional.ofNullable(names.get(t.id())).ifPresent(named::add);
        case DEPARTMENT -> java.util.Optional.ofNullable(departments.get(t.id())).ifPresent(d ->
            named.add(d.name() + " (" + names.getOrDefault(d.organisationId(), "") + ")"));
      }
    }
    return named;
  }

}
