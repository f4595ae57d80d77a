package nl.plein.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final LoginThrottlePolicy POLICY =
      new LoginThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
  private final Instant t0 = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void blocksAfterTheLimitWithinTheWindow() {
    LoginThrottle throttle = new LoginThrottle("user:jan", t0);
    throttle.recordFailure(t0, POLICY);
    throttle.recordFailure(t0.plusSeconds(10), POLICY);
    assertFalse(throttle.isBlocked(t0.plusSeconds(11)));
    throttle.recordFailure(t0.plusSeconds(20), POLICY);
    assertTrue(throttle.isBlocked(t0.plusSeconds(21)));
    assertEquals(10, throttle.minutesBlocked(t0.plusSeconds(20)));
    assertEquals(1, throttle.minutesBlocked(t0.plusSeconds(20 + 9 * 60 + 30)));
    assertFalse(throttle.isBlocked(t0.plusSeconds(20 + 10 * 60 + 1)));
  }

  @Test
  void failuresOutsideTheWindowStartANewCount() {
    LoginThrottle throttle = new LoginThrottle("user:jan", t0);
    throttle.recordFailure(t0, POLICY);
    throttle.recordFailure(t0.plusSeconds(60), POLICY);
    throttle.recordFailure(t0.plus(Duration.ofMinutes(20)), POLICY);
    assertEquals(1, throttle.getFailures());
    assertFalse(throttle.isBlocked(t0.plus(Duration.ofMinutes(20))));
  }
}
