package nl.plein.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.timeline.domain.Post;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;

/**
 * The timelines from the search index: the posts that match a source (people, groups, hashtags)
 * and the reader's terms, newest first, one page past the cursor. Lucene finds and sorts the
 * page; the database loads just those posts, in one query.
 */
@ApplicationScoped
public class TimelineSearch {
  @PersistenceContext EntityManager em;

  /** What a timeline shows; any of them matches. Empty collections are left out. */
  record Sources(Collection<UUID> authors, Collection<UUID> groups, Collection<String> hashtags) {
    boolean isEmpty() {
      return authors.isEmpty() && groups.isEmpty() && hashtags.isEmpty();
    }
  }

  /** Up to {@code size + 1} posts, so that the caller knows whether there is a next page. */
  List<Post> page(Sources sources, Set<String> readerTerms, Optional<TimelineCursor> cursor, int size) {
    if (sources.isEmpty()) {
      return List.of();
    }
    return Search.session(em).search(Post.class)
        .where(f -> f.bool().must(predicate(f, sources, readerTerms, cursor.map(c -> before(f, c)))))
        .sort(f -> f.field("createdAt").desc().then().field("key").desc())
        .fetchHits(size + 1);
  }

  /** How many posts are newer than the cursor (for "new posts"), counted by the index. */
  long countAfter(Sources sources, Set<String> readerTerms, TimelineCursor since) {
    if (sources.isEmpty()) {
      return 0;
    }
    return Search.session(em).search(Post.class)
        .where(f -> f.bool().must(predicate(f, sources, readerTerms,
            Optional.of(f.range().field("createdAt").greaterThan(since.at()).toPredicate()))))
        .fetchTotalHitCount();
  }

  /** One page of deleted posts the reader may read, most recently deleted first, with the total. */
  org.hibernate.search.engine.search.query.SearchResult<Post> deleted(Set<String> readerTerms,
      Optional<Set<UUID>> organisations, int offset, int limit) {
    return Search.session(em).search(Post.class)
        .where(f -> {
          BooleanPredicateClausesStep<?> b = f.bool()
              .filter(f.match().field("listed").matching(false))
              .filter(f.terms().field("readers").matchingAny(readerTerms));
          organisations.ifPresent(o -> b.filter(f.terms().field("organisationId").matchingAny(o)));
          return b;
        })
        .sort(f -> f.field("deletedAt").desc().then().field("key").desc())
        .fetch(offset, limit);
  }

  private static SearchPredicate predicate(SearchPredicateFactory f, Sources sources, Set<String> readerTerms,
      Optional<SearchPredicate> window) {
    BooleanPredicateClausesStep<?> any = f.bool();
    if (!sources.authors().isEmpty()) {
      any.should(f.terms().field("authorId").matchingAny(sources.authors()));
    }
    if (!sources.groups().isEmpty()) {
      any.should(f.terms().field("groupId").matchingAny(sources.groups()));
    }
    if (!sources.hashtags().isEmpty()) {
      any.should(f.terms().field("hashtags").matchingAny(sources.hashtags()));
    }
    BooleanPredicateClausesStep<?> b = f.bool()
        .filter(f.match().field("listed").matching(true))
        .filter(f.terms().field("readers").matchingAny(readerTerms))
        .filter(any);
    window.ifPresent(b::filter);
    return b.toPredicate();
  }

  /** Older than the cursor: earlier, or as old with a smaller id. */
  private static SearchPredicate before(SearchPredicateFactory f, TimelineCursor c) {
    return f.bool()
        .should(f.range().field("createdAt").lessThan(c.at()))
        .should(f.bool()
            .must(f.match().field("createdAt").matching(c.at()))
            .must(f.range().field("key").lessThan(c.key())))
        .toPredicate();
  }
}
