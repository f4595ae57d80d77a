package nl.plein.people.service;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Location;
import nl.plein.organisations.domain.Organisation;
import org.hibernate.CacheMode;
import org.hibernate.Session;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.people.api.FacetValue;
import nl.plein.people.domain.ExpertiseTag;

/** Names for facet values: from the second-level cache; what is missing comes in one query per facet. */
@Dependent
class FacetLabels {
  @PersistenceContext EntityManager em;

  List<FacetValue> organisations(Map<UUID, Long> counts) {
    return label(counts, ids -> names(Organisation.class, ids, Organisation::getId, Organisation::getName));
  }

  List<FacetValue> departments(Map<UUID, Long> counts) {
    return label(counts, ids -> names(Department.class, ids, Department::getId, Department::getName));
  }

  List<FacetValue> locations(Map<UUID, Long> counts) {
    return label(counts, ids -> names(Location.class, ids, Location::getId, Location::getName));
  }

  List<FacetValue> expertise(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = em.unwrap(Session.class).byMultipleNaturalId(ExpertiseTag.class)
        .with(CacheMode.NORMAL)
        .enableOrderedReturn(false)
        .multiLoad(List.copyOf(counts.keySet())).stream()
        .filter(Objects::nonNull)
        .collect(Collectors.toMap(ExpertiseTag::getKey, ExpertiseTag::getName));
    return counts.entrySet().stream()
        .map(e -> new FacetValue(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .sorted(order())
        .toList();
  }

  private List<FacetValue> label(Map<UUID, Long> counts, Function<List<UUID>, Map<UUID, String>> names) {
    if (counts.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> byId = names.apply(List.copyOf(counts.keySet()));
    return counts.entrySet().stream()
        .map(e -> new FacetValue(e.getKey().toString(), byId.getOrDefault(e.getKey(), "?"), e.getValue()))
        .sorted(order())
        .toList();
  }

  /** From the second-level cache where possible; what is missing comes in one query. */
  private <T> Map<UUID, String> names(Class<T> type, List<UUID> ids, Function<T, UUID> id, Function<T, String> name) {
    return em.unwrap(Session.class).byMultipleIds(type)
        .with(CacheMode.NORMAL)
        .enableSessionCheck(true)
        .enableOrderedReturn(false)
        .multiLoad(ids).stream()
        .filter(Objects::nonNull)
        .collect(Collectors.toMap(id, name));
  }

  private static Comparator<FacetValue> order() {
    return Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
  }

}
