package nl.plein.accounts.service;

import java.util.Optional;
import java.util.UUID;

/** Caller principal names: a person's user name, or {@code token:<id>} for an API client. */
public final class CallerNames {
  private static final String TOKEN_PREFIX = "token:";

  private CallerNames() {}

  public static String forToken(UUID tokenId) {
    return TOKEN_PREFIX + tokenId;
  }

  public static Optional<UUID> tokenId(String callerName) {
    if (callerName == null || !callerName.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(callerName.substring(TOKEN_PREFIX.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
