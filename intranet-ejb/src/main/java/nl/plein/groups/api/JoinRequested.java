package nl.plein.groups.api;

import java.util.List;
import java.util.UUID;

/** Someone asked to join a closed group; its administrators decide. */
public record JoinRequested(UUID groupId, UUID requesterId, List<UUID> administratorIds) {
  public JoinRequested {
    administratorIds = List.copyOf(administratorIds);
  }
}
