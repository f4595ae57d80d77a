package nl.plein.news.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.plein.news.api.NewsTarget;

/**
 * Who an item reaches, as terms in the search index, and the terms of a reader, so that the
 * overview and the timeline find exactly the items for the reader inside the query.
 *
 * <ul>
 *   <li>The installation: {@code all}.
 *   <li>An organisation: {@code org:<id>}; a department: {@code dept:<id>} and {@code org-part:<id>} of
 *       its organisation (so that the organisation's own API token finds it).
 *   <li>A person reads {@code all}, {@code org:} their organisation and {@code dept:} their department
 *       and each department above it: an item for "Dienstverlening" reaches "Burgerzaken" under it.
 * </ul>
 */
public final class NewsTargets {
  public static final String ALL = "all";

  private NewsTargets() {}

  /**
   * The index terms of the targets, sorted.
   *
   * @param organisationOf the organisation of each targeted department
   */
  public static String terms(Collection<NewsTarget> targets, Map<UUID, UUID> organisationOf) {
    Set<String> terms = new TreeSet<>();
    for (NewsTarget t : targets) {
      switch (t.kind()) {
        case INSTALLATION -> terms.add(ALL);
        case ORGANISATION -> terms.add("org:" + t.id());
        case DEPARTMENT -> {
          terms.add("dept:" + t.id());
          terms.add("org-part:" + organisationOf.get(t.id()));
        }
      }
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("an item is for someone");
    }
    return String.join(" ", terms);
  }

  /** The targets back from the index terms (the editor shows them again). */
  public static List<NewsTarget> targets(String terms) {
    List<NewsTarget> targets = new ArrayList<>();
    for (String term : terms.split(" ")) {
      if (term.equals(ALL)) {
        targets.add(NewsTarget.INSTALLATION);
      } else if (term.startsWith("org:")) {
        targets.add(new NewsTarget(NewsTarget.Kind.ORGANISATION, UUID.fromString(term.substring(4))));
      } else if (term.startsWith("dept:")) {
        targets.add(new NewsTarget(NewsTarget.Kind.DEPARTMENT, UUID.fromString(term.substring(5))));
      }
    }
    return targets;
  }

  /**
   * A person's terms: the installation, their organisation, their department and those above it.
   * Also the audience "the people of this department (or organisation)" of the API's filter.
   */
  public static Set<String> readerTerms(UUID organisationId, List<UUID> departmentPath) {
    Set<String> terms = new LinkedHashSet<>();
    terms.add(ALL);
    if (organisationId != null) {
      terms.add("org:" + organisationId);
    }
    departmentPath.forEach(d -> terms.add("dept:" + d));
    return terms;
  }

  /** An organisation's API token: everything that reaches any of its people. */
  public static Set<String> organisationTerms(UUID organisationId) {
    return Set.of(ALL, "org:" + organisationId, "org-part:" + organisationId);
  }

  /**
   * What reaches an audience and what the caller may read alike: the installation reads all; an
   * organisation's token every department of its own organisation; a person their own department
   * and those above it (and what is for everyone or their organisation).
   *
   * @param own the caller's terms; empty for the installation
   */
  public static Set<String> readableAudience(Set<String> audience, UUID audienceOrganisation,
      java.util.Optional<Set<String>> own) {
    Set<String> terms = new LinkedHashSet<>(audience);
    own.ifPresent(mine -> {
      Set<String> readable = new LinkedHashSet<>(mine);
      if (mine.contains("org-part:" + audienceOrganisation)) {
        readable.addAll(audience);
      }
      terms.retainAll(readable);
    });
    return terms;
  }

}
