package nl.plein.accounts.domain;

import java.time.Duration;

/** How many failed logins within what window block further attempts, and for how long. */
public record LoginThrottlePolicy(int maxFailures, Duration window, Duration blockFor) {
  /** Per user name: 5 failures in 15 minutes block that user name for 15 minutes. */
  public static final LoginThrottlePolicy PER_USER =
      new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** Per client address: 30 failures in 15 minutes (password spraying) block the address. */
  public static final LoginThrottlePolicy PER_ADDRESS =
      new LoginThrottlePolicy(30, Duration.ofMinutes(15), Duration.ofMinutes(15));
}
