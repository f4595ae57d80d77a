package nl.plein.accounts.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who is logged in on this web session. Serializable, so that a distributable session can move to
 * another cluster node. Re-checked against the database every few minutes so that a disabled
 * account or a revoked role takes effect without waiting for the session to time out.
 */
public record SessionIdentity(String username, Set<String> groups, Instant checkedAt)
    implements Serializable {
  public static final String ATTRIBUTE = "plein.identity";
  static final Duration RECHECK_AFTER = Duration.ofMinutes(2);

  public SessionIdentity {
    groups = Set.copyOf(groups);
  }

  boolean needsRecheck(Instant now) {
    return checkedAt.plus(RECHECK_AFTER).isBefore(now);
  }
}
