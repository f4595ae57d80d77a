package nl.plein.news.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.news.api.NewsKind;
import nl.plein.news.domain.NewsItem;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * The news overview and the timeline's news from the index: published, not deleted, for the
 * reader's terms, newest first. Lucene finds and sorts the page; the database loads those items.
 */
@ApplicationScoped
public class NewsSearch {
  @PersistenceContext EntityManager em;

  SearchResult<NewsItem> page(Optional<Set<String>> readerTerms, NewsKind kind, Instant now, int offset, int limit) {
    return Search.session(em).search(NewsItem.class)
        .where(f -> published(f, readerTerms, kind, now))
        .sort(f -> f.field("publishAt").desc().then().field("key").desc())
        .fetch(offset, limit);
  }

  /** Older than (before, beforeId) in the newest-first order; all when {@code before} is null. */
  List<NewsItem> before(Optional<Set<String>> readerTerms, Instant now, Instant before, UUID beforeId, int max) {
    return Search.session(em).search(NewsItem.class)
        .where(f -> {
          BooleanPredicateClausesStep<?> b = published(f, readerTerms, null, now);
          if (before != null) {
            b.filter(f.bool()
                .should(f.range().field("publishAt").lessThan(before))
                .should(f.bool()
                    .must(f.match().field("publishAt").matching(before))
                    .must(f.range().field("key").lessThan(beforeId.toString()))));
          }
          return b;
        })
        .sort(f -> f.field("publishAt").desc().then().field("key").desc())
        .fetchHits(max);
  }

  private static BooleanPredicateClausesStep<?> published(SearchPredicateFactory f, Optional<Set<String>> readerTerms,
      NewsKind kind, Instant now) {
    BooleanPredicateClausesStep<?> b = f.bool()
        .filter(f.match().field("listed").matching(true))
        .filter(f.range().field("publishAt").atMost(now));
    readerTerms.ifPresent(terms -> b.filter(f.terms().field("targets").matchingAny(terms)));
    if (kind != null) {
      b.filter(f.match().field("kind").matching(kind));
    }
    return b;
  }
}
