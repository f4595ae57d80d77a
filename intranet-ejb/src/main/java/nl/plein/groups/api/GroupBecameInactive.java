package nl.plein.groups.api;

import java.util.List;
import java.util.UUID;

/**
 * Fired when a group enters the community manager's inactivity queue, with its administrators to
 * notify: the notification centre tells them, and the group's page shows them the form to ask to
 * keep it.
 */
public record GroupBecameInactive(UUID groupId, List<UUID> administratorIds) {
  public GroupBecameInactive {
    administratorIds = List.copyOf(administratorIds);
  }
}
