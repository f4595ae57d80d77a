package nl.plein.accounts.api;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** What the pages show of the logged-in person. */
public record SessionUser(
    UUID accountId,
    String username,
    String displayName,
    UUID organisationId,
    /** The person profile of this account; null for an account without one. */
    UUID personId,
    Set<Role> roles,
    boolean installationAdmin)
    implements Serializable {

  public SessionUser {
    roles = Set.copyOf(roles);
  }
}
