package nl.plein.groups.api;

import java.util.List;
import java.util.UUID;

/**
 * Fired when a group enters the community manager's inactivity queue, with its administrators to
 * notify. The notification centre (a later feature) listens; until then the group's page tells its
 * administrators.
 */
public record GroupBecameInactive(UUID groupId, List<UUID> administratorIds) {
  public GroupBecameInactive {
    administratorIds = List.copyOf(administratorIds);
  }
}
