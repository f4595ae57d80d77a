package nl.plein.common.api;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.groups.api.GroupVisibility;

/**
 * Who may read a post or page, as terms in the search index; a reader's terms are matched against them
 * inside the query, so a timeline never even counts what the reader may not see.
 *
 * <ul>
 *   <li>On an own timeline: everyone who may see the author's organisation ({@code person},
 *       {@code person-org:<organisation>}).
 *   <li>In an open group: whoever the group is in scope for ({@code all} when it is shared, else
 *       {@code group-org:<organisation>}; {@code group-open} for installation-wide readers) and its
 *       members ({@code group:<id>}).
 *   <li>In a closed or secret group: its members only ({@code group:<id>}). A closed group is
 *       visible to all, its conversation is not.
 * </ul>
 */
public final class Audience {
  private Audience() {}

  /** Everyone who may see the organisation: a post on an own timeline, a department's page. */
  public static String organisation(UUID organisationId) {
    return "person person-org:" + organisationId;
  }

  public static String ownTimeline(UUID organisationId) {
    return "person person-org:" + organisationId;
  }

  public static String group(UUID groupId, GroupVisibility visibility, boolean shared, UUID organisationId) {
    if (visibility != GroupVisibility.OPEN) {
      return "group:" + groupId;
    }
    return "group-open " + (shared ? "all" : "group-org:" + organisationId) + " group:" + groupId;
  }

  /**
   * The terms of a reader.
   *
   * @param visibleOrganisations the organisations whose people the reader sees; empty for all
   * @param ownOrganisation the reader's organisation, for open groups of their organisation
   * @param allOpenGroups whether every open group is in scope (installation-wide roles)
   * @param memberOf the groups the reader is a member of
   */
  public static Set<String> readerTerms(Optional<Set<UUID>> visibleOrganisations, Optional<UUID> ownOrganisation,
      boolean allOpenGroups, Set<UUID> memberOf) {
    Set<String> terms = new LinkedHashSet<>();
    if (visibleOrganisations.isEmpty()) {
      terms.add("person");
    } else {
      visibleOrganisations.get().forEach(o -> terms.add("person-org:" + o));
    }
    terms.add("all");
    ownOrganisation.ifPresent(o -> terms.add("group-org:" + o));
    if (allOpenGroups) {
      terms.add("group-open");
    }
    memberOf.forEach(g -> terms.add("group:" + g));
    return terms;
  }
}
