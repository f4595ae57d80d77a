package nl.plein.accounts.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets failed-login counts once they can no longer block anything, so that the table does not
 * grow with every mistyped or guessed user name. In a cluster every node runs it; the delete is
 * idempotent.
 */
@Singleton
public class LoginThrottleCleanup {
  static final Duration KEEP = Duration.ofDays(1);

  @PersistenceContext EntityManager em;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void forgetOldFailures() {
    Instant cutoff = Instant.now().minus(KEEP);
    em.createQuery(
            "delete from LoginThrottle t where t.firstFailureAt < :cutoff"
                + " and (t.blockedUntil is null or t.blockedUntil < :now)")
        .setParameter("cutoff", cutoff)
        .setParameter("now", Instant.now())
        .executeUpdate();
  }
}
