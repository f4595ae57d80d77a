package nl.plein.groups.api;

import java.io.Serializable;
import java.time.Instant;
import nl.plein.people.api.PersonRef;

/** A member as the member list shows them. */
public record GroupMemberView(PersonRef person, GroupRole role, Instant joinedAt) implements Serializable {
  public boolean admin() {
    return role == GroupRole.ADMIN;
  }
}
