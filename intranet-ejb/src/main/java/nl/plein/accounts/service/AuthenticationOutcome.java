package nl.plein.accounts.service;

import java.util.Set;

/** The result of checking a credential: the caller's name and container roles when valid. */
public record AuthenticationOutcome(boolean valid, String callerName, Set<String> groups) {
  public static final AuthenticationOutcome INVALID = new AuthenticationOutcome(false, null, Set.of());

  public AuthenticationOutcome {
    groups = Set.copyOf(groups);
  }

  public static AuthenticationOutcome valid(String callerName, Set<String> groups) {
    return new AuthenticationOutcome(true, callerName, groups);
  }
}
