package nl.plein.pages.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.pages.api.PageSpace;
import nl.plein.pages.domain.KnowledgePage;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Questions about pages that depend on who reads them, answered by the index with the reader's
 * terms inside the query: which spaces hold pages the reader may read, and which pages are overdue.
 */
@ApplicationScoped
public class PageSearch {
  /** More spaces than this are not listed (a city has hundreds of groups with pages, not tens of thousands). */
  static final int MAX_SPACES = 5000;

  private static final AggregationKey<Map<UUID, Long>> GROUPS = AggregationKey.of("groups");
  private static final AggregationKey<Map<UUID, Long>> DEPARTMENTS = AggregationKey.of("departments");

  @PersistenceContext EntityManager em;

  /** The spaces with published pages the reader may read, named and paged by the mapper. */
  Page<PageSpace> spaces(Set<String> readerTerms, PageRequest request,
      BiFunction<Map<UUID, Long>, Map<UUID, Long>, java.util.List<PageSpace>> named) {
    SearchResult<KnowledgePage> result = Search.session(em).search(KnowledgePage.class)
        .where(f -> f.bool()
            .filter(f.match().field("listed").matching(true))
            .filter(f.terms().field("readers").matchingAny(readerTerms)))
        .aggregation(GROUPS, f -> f.terms().field("groupId", UUID.class).maxTermCount(MAX_SPACES))
        .aggregation(DEPARTMENTS, f -> f.terms().field("departmentId", UUID.class).maxTermCount(MAX_SPACES))
        .fetch(0);
    java.util.List<PageSpace> all = named.apply(result.aggregation(DEPARTMENTS), result.aggregation(GROUPS));
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }

  /** Published pages due for review (date today or earlier) that the reader may read, oldest date first. */
  SearchResult<KnowledgePage> stale(Set<String> readerTerms, Optional<Set<UUID>> organisations, LocalDate today,
      PageRequest request) {
    return Search.session(em).search(KnowledgePage.class)
        .where(f -> {
          BooleanPredicateClausesStep<?> b = f.bool()
              .filter(f.match().field("listed").matching(true))
              .filter(f.terms().field("readers").matchingAny(readerTerms))
              .filter(f.range().field("reviewDate").atMost(today));
          organisations.ifPresent(o -> b.filter(o.isEmpty() ? f.matchNone() : f.terms().field("organisationId")
              .matchingAny(o)));
          return b;
        })
        .sort(f -> f.field("reviewDate").asc().then().field("key").asc())
        .fetch(request.offset(), request.size());
  }
}
