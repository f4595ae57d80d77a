package nl.plein.accounts.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AccountSummary(
    UUID id,
    String username,
    String displayName,
    String email,
    UUID organisationId,
    boolean enabled,
    boolean hasPassword,
    Instant lastLoginAt,
    List<RoleGrant> roles)
    implements Serializable {

  public AccountSummary {
    roles = List.copyOf(roles);
  }
}
