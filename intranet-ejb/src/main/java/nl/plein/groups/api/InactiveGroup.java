package nl.plein.groups.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/**
 * A group in the community manager's inactivity queue. A secret group's name and description are
 * not shown ({@code name} is null): the community manager sees that a secret group is inactive and
 * who administers it, not what it is about. For an archived group, {@code inactiveSince} is when it
 * was archived.
 */
public record InactiveGroup(UUID id, String name, GroupVisibility visibility, int memberCount,
    Instant lastActivityAt, Instant inactiveSince, String keepReason, List<PersonRef> admins)
    implements Serializable {

  public InactiveGroup {
    admins = List.copyOf(admins);
  }

  public boolean keepRequested() {
    return keepReason != null;
  }
}
