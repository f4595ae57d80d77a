package nl.plein.accounts.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record ApiTokenSummary(
    UUID id,
    String name,
    String prefix,
    Set<ApiScope> scopes,
    UUID organisationId,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt,
    boolean personal)
    implements Serializable {

  public ApiTokenSummary {
    scopes = Set.copyOf(scopes);
  }
}
