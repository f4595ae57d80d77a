package nl.plein.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins counted per user name and per client address. Kept in the database so that every
 * node of a cluster sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {
  @Id
  @Column(name = "throttle_key")
  private String key;

  @Column(nullable = false)
  private int failures;

  @Column(name = "first_failure_at", nullable = false)
  private Instant firstFailureAt;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected LoginThrottle() {}

  public LoginThrottle(String key, Instant at) {
    this.key = key;
    this.firstFailureAt = at;
  }

  /**
   * Counts a failure. Failures older than the window start a new count; reaching the limit blocks
   * further attempts for the block duration.
   */
  public void recordFailure(Instant at, LoginThrottlePolicy policy) {
    if (firstFailureAt.plus(policy.window()).isBefore(at)) {
      failures = 0;
      firstFailureAt = at;
    }
    failures++;
    if (failures >= policy.maxFailures()) {
      blockedUntil = at.plus(policy.blockFor());
    }
  }

  public boolean isBlocked(Instant at) {
    return blockedUntil != null && blockedUntil.isAfter(at);
  }

  /** Whole minutes (rounded up) until attempts are allowed again. */
  public long minutesBlocked(Instant at) {
    if (!isBlocked(at)) {
      return 0;
    }
    long seconds = Duration.between(at, blockedUntil).getSeconds();
    return Math.max(1, (seconds + 59) / 60);
  }

  public String getKey() {
    return key;
  }

  public int getFailures() {
    return failures;
  }
}
