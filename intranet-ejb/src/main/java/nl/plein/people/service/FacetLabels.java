package nl.plein.people.service;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.people.api.FacetValue;
import nl.plein.people.domain.ExpertiseTag;

/** Names for facet values, one query per facet (not one per value). */
@Dependent
class FacetLabels {
  @PersistenceContext EntityManager em;

  List<FacetValue> organisations(Map<UUID, Long> counts) {
    return label(counts, ids -> names("select o.id, o.name from Organisation o where o.id in :ids", ids));
  }

  List<FacetValue> departments(Map<UUID, Long> counts) {
    return label(counts, ids -> names("select d.id, d.name from Department d where d.id in :ids", ids));
  }

  List<FacetValue> locations(Map<UUID, Long> counts) {
    return label(counts, ids -> names("select l.id, l.name from Location l where l.id in :ids", ids));
  }

  List<FacetValue> expertise(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = em.createQuery("select t from ExpertiseTag t where t.key in :keys", ExpertiseTag.class)
        .setParameter("keys", counts.keySet()).getResultStream()
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

  private Map<UUID, String> names(String jpql, List<UUID> ids) {
    return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultStream()
        .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
  }

  private static Comparator<FacetValue> order() {
    return Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
  }

}
