package nl.plein.groups.api;

import java.util.UUID;

/** What another feature needs to know of a group to show or accept its content. */
public record GroupAudience(UUID groupId, String name, GroupVisibility visibility, boolean shared,
    UUID organisationId, boolean active, boolean member, boolean admin, int memberCount) {
  /** Open groups show their conversation to all who see them; the others to their members. */
  public boolean mayRead() {
    return member || visibility == GroupVisibility.OPEN;
  }
}
