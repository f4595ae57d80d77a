package nl.plein.people.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.Validator;
import nl.plein.people.api.DirectoryQuery;
import nl.plein.people.api.DirectoryResult;
import nl.plein.people.api.DirectoryService;
import nl.plein.people.api.ExpertHit;
import nl.plein.people.api.PersonSummary;
import nl.plein.people.domain.Person;
import nl.plein.people.domain.PhoneNumbers;
import nl.plein.people.domain.TagNames;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * The directory on Hibernate Search. Visibility is a filter of the query itself, so hits, totals
 * and facet counts never include people of organisations the searcher may not see.
 */
@Stateless
public class DirectoryServiceBean implements DirectoryService {
  static final int MAX_QUERY_LENGTH = 200;
  private static final int FACET_SIZE = 15;
  private static final AggregationKey<Map<UUID, Long>> ORGANISATIONS = AggregationKey.of("organisations");
  private static final AggregationKey<Map<UUID, Long>> DEPARTMENTS = AggregationKey.of("departments");
  private static final AggregationKey<Map<UUID, Long>> LOCATIONS = AggregationKey.of("locations");
  private static final AggregationKey<Map<String, Long>> EXPERTISE = AggregationKey.of("expertise");

  @PersistenceContext EntityManager em;
  @Inject PeopleAccessPolicy policy;
  @Inject FacetLabels labels;
  @Inject ExpertMatcher experts;

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public DirectoryResult search(DirectoryQuery query) {
    String text = Validator.clean(query.text());
    new Validator().maxLength("q", text, MAX_QUERY_LENGTH).throwIfInvalid();
    PageRequest page = query.page();
    boolean phoneLookup = text != null && PhoneNumbers.looksLikePhoneNumber(text);
    SearchResult<PersonSummary> result = run(query, text, phoneLookup, false);
    if (result.total().hitCount() == 0 && text != null && !phoneLookup) {
      // Only when the words as typed find nobody: fuzzy matching is the expensive part of a
      // search (Lucene builds a Levenshtein automaton per word and field), so it is the fallback.
      result = run(query, text, false, true);
    }
    return new DirectoryResult(
        new Page<>(result.hits(), page.page(), page.size(), result.total().hitCount()),
        phoneLookup ? List.of() : labels.organisations(result.aggregation(ORGANISATIONS)),
        phoneLookup ? List.of() : labels.departments(result.aggregation(DEPARTMENTS)),
        phoneLookup ? List.of() : labels.locations(result.aggregation(LOCATIONS)),
        phoneLookup ? List.of() : labels.expertise(result.aggregation(EXPERTISE)));
  }

  private SearchResult<PersonSummary> run(DirectoryQuery query, String text, boolean phoneLookup, boolean forgiving) {
    PageRequest page = query.page();
    var search = Search.session(em).search(Person.class)
        .select(DirectoryServiceBean::summary)
        .where(f -> {
          BooleanPredicateClausesStep<?> b = f.bool();
          visibleOnly(f, b);
          if (query.organisationId() != null) b.filter(f.match().field("organisation.id").matching(query.organisationId()));
          if (query.departmentId() != null) b.filter(f.match().field("department.id").matching(query.departmentId()));
          if (query.locationId() != null) b.filter(f.match().field("location.id").matching(query.locationId()));
          if (query.expertise() != null) b.filter(f.match().field("expertise.key").matching(TagNames.key(query.expertise())));
          if (text == null) {
            b.must(f.matchAll());
          } else if (phoneLookup) {
            b.must(phone(f, PhoneNumbers.normalise(text).orElse(text)));
          } else {
            b.must(words(f, text, forgiving));
          }
          return b;
        })
        .sort(f -> text == null || query.sort() == DirectoryQuery.Sort.NAME
            ? f.field("sortName")
            : f.score().then().field("sortName"));
    if (!phoneLookup) {
      // A phone number names one person: facets would only cost time.
      search = search
          .aggregation(ORGANISATIONS, f -> f.terms().field("organisation.id", UUID.class).maxTermCount(FACET_SIZE))
          .aggregation(DEPARTMENTS, f -> f.terms().field("department.id", UUID.class).maxTermCount(FACET_SIZE))
          .aggregation(LOCATIONS, f -> f.terms().field("location.id", UUID.class).maxTermCount(FACET_SIZE))
          .aggregation(EXPERTISE, f -> f.terms().field("expertise.key", String.class).maxTermCount(FACET_SIZE));
    }
    return search.fetch(page.offset(), page.size());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public List<PersonSummary> suggestPeople(String typed, int limit) {
    String text = Validator.clean(typed);
    if (text == null || text.length() > MAX_QUERY_LENGTH) {
      return List.of();
    }
    String[] words = TagNames.key(text.replaceAll("[^\\p{L}\\p{N}' -]", " ")).split(" ");
    if (words.length == 0 || words[0].isEmpty()) {
      return List.of();
    }
    return Search.session(em).search(Person.class)
        .select(DirectoryServiceBean::summary)
        .where(f -> {
          BooleanPredicateClausesStep<?> b = f.bool();
          visibleOnly(f, b);
          // Every word as typed, the last one as the start of a word: "mila de w" finds Mila de Wit.
          for (int i = 0; i < words.length - 1; i++) {
            b.must(f.match().field("name").matching(words[i]));
          }
          b.must(f.wildcard().field("name").matching(words[words.length - 1].replace("*", "").replace("?", "") + "*"));
          return b;
        })
        .sort(f -> f.score().then().field("sortName"))
        .fetchHits(Math.max(1, Math.min(limit, 20)));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<ExpertHit> findExperts(String topic, PageRequest page) {
    String text = Validator.clean(topic);
    new Validator().required("q", text).maxLength("q", text, MAX_QUERY_LENGTH).throwIfInvalid();
    SearchResult<PersonSummary> result = expertSearch(text, page, false);
    if (result.total().hitCount() == 0) {
      result = expertSearch(text, page, true);
    }
    List<ExpertHit> hits = result.hits().stream()
        .map(p -> new ExpertHit(p, experts.matching(text, p.expertise())))
        .toList();
    return new Page<>(hits, page.page(), page.size(), result.total().hitCount());
  }

  private SearchResult<PersonSummary> expertSearch(String text, PageRequest page, boolean forgiving) {
    return Search.session(em).search(Person.class)
        .select(DirectoryServiceBean::summary)
        .where(f -> {
          BooleanPredicateClausesStep<?> b = f.bool();
          visibleOnly(f, b);
          b.must(forgiving
              ? f.match().field("expertise.name").matching(text).fuzzy(1, 2)
              : f.match().field("expertise.name").matching(text));
          return b;
        })
        .sort(f -> f.score().then().field("sortName"))
        .fetch(page.offset(), page.size());
  }

  /**
   * A hit straight from the index: the directory answers without loading the people from the
   * database. (Index fields are listed on Person and the organisation entities.)
   */
  private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<PersonSummary> summary(
      org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f) {
    return f.composite()
        .from(
            f.id(UUID.class),
            f.field("name", String.class),
            f.field("initials", String.class),
            f.field("functionTitle", String.class),
            f.field("organisation.id", UUID.class),
            f.field("organisation.name", String.class),
            f.field("department.id", UUID.class),
            f.field("department.name", String.class),
            f.field("location.name", String.class),
            f.field("phone", String.class),
            f.field("email", String.class),
            f.field("expertise.name", String.class).multi(),
            f.field("hasPhoto", Boolean.class),
            f.field("version", Integer.class))
        .asList(v -> new PersonSummary(
            (UUID) v.get(0), (String) v.get(1), (String) v.get(2), (String) v.get(3),
            (UUID) v.get(4), (String) v.get(5), (UUID) v.get(6), (String) v.get(7), (String) v.get(8),
            (String) v.get(9), (String) v.get(10), sorted(v.get(11)), Boolean.TRUE.equals(v.get(12)),
            v.get(13) == null ? 0 : (Integer) v.get(13)));
  }

  @SuppressWarnings("unchecked")
  private static List<String> sorted(Object names) {
    return ((List<String>) names).stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }

  private void visibleOnly(SearchPredicateFactory f, BooleanPredicateClausesStep<?> b) {
    b.filter(f.match().field("active").matching(true));
    Optional<Set<UUID>> only = policy.visibleOrganisations();
    only.ifPresent(ids -> b.filter(ids.isEmpty()
        ? f.not(f.matchAll())
        : f.terms().field("organisation.id").matchingAny(ids)));
  }

  /**
   * Every word must match something: a word of the name, the name written together ("devries"),
   * or a word of the function, department, location, organisation or expertise. When {@code
   * forgiving}, a name word may also contain a typo ("jna de vris"). Whole-name matches rank first.
   */
  private static SearchPredicate words(SearchPredicateFactory f, String text, boolean forgiving) {
    BooleanPredicateClausesStep<?> b = f.bool();
    for (String word : text.split("[\\s\\-]+")) {
      if (word.isBlank()) {
        continue;
      }
      BooleanPredicateClausesStep<?> anyField = f.bool();
      anyField.should(f.match().field("name").matching(word).boost(2f));
      anyField.should(f.match().field("nameJoined").matching(word).boost(2f));
      int distance = word.length() <= 2 ? 0 : word.length() <= 5 ? 1 : 2;
      if (forgiving && distance > 0) {
        anyField.should(f.match().fields("name", "nameJoined").matching(word).fuzzy(distance, 0));
      }
      anyField.should(f.match()
          .fields("functionTitle", "department.name", "location.name", "expertise.name", "organisation.name")
          .matching(word));
      b.must(anyField);
    }
    b.should(f.match().field("name").matching(text).boost(3f));
    String joined = text.replaceAll("[\\s-]", "");
    b.should(f.match().field("nameJoined").matching(joined).boost(5f));
    if (forgiving && joined.length() > 5) {
      b.should(f.match().field("nameJoined").matching(joined).fuzzy(1, 1).boost(2f));
    }
    return b.toPredicate();
  }

  /**
   * A number as typed in any format. Mobile numbers shown only within the own organisation are
   * searchable only from that organisation.
   */
  private SearchPredicate phone(SearchPredicateFactory f, String digits) {
    BooleanPredicateClausesStep<?> b = f.bool();
    b.should(f.match().field("phones").matching(digits));
    policy.callerOrganisation().ifPresent(org -> b.should(f.bool()
        .must(f.match().field("organisationPhones").matching(digits))
        .must(f.match().field("organisation.id").matching(org))));
    return b.toPredicate();
  }
}
