package nl.plein.groups.api;

import java.io.Serializable;
import java.util.UUID;
import nl.plein.common.api.PageRequest;

/**
 * A search of the group directory. Empty filters mean "any"; {@code mine} limits to the caller's
 * groups; {@code status} null means active and archived groups alike.
 */
public record GroupQuery(
    String text, UUID organisationId, GroupVisibility visibility, GroupStatus status, boolean mine, Sort sort,
    PageRequest page) implements Serializable {
  public enum Sort {
    RELEVANCE,
    NAME,
    MEMBERS,
    ACTIVITY
  }

  public GroupQuery {
    sort = sort == null ? Sort.RELEVANCE : sort;
  }
}
