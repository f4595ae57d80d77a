package nl.plein.accounts.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.plein.accounts.api.Roles;
import nl.plein.accounts.domain.Account;
import nl.plein.accounts.domain.ApiToken;
import nl.plein.accounts.domain.LocalCredential;
import nl.plein.accounts.domain.LoginThrottle;
import nl.plein.accounts.domain.LoginThrottlePolicy;
import nl.plein.accounts.domain.RoleAssignment;

/**
 * Checks credentials for the authentication mechanism. Not part of any feature's API: only the
 * identity store calls it. Each check is its own transaction, so a failed login is counted even
 * though the login itself fails.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthenticationService {
  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  Clock clock = Clock.systemUTC();

  public AuthenticationOutcome checkPassword(String username, String password, String remoteAddress) {
    Instant now = clock.instant();
    String name = Account.normaliseUsername(username);
    Optional<LoginThrottle> byUser = findThrottle(userKey(name));
    Optional<LoginThrottle> byAddress = findThrottle(addressKey(remoteAddress));
    if (byUser.filter(t -> t.isBlocked(now)).isPresent()
        || byAddress.filter(t -> t.isBlocked(now)).isPresent()) {
      return AuthenticationOutcome.INVALID;
    }
    Optional<Account> account = findAccount(name).filter(Account::isEnabled);
    Optional<LocalCredential> credential =
        account.map(a -> em.find(LocalCredential.class, a.getId()));
    boolean ok;
    if (credential.isPresent()) {
      ok = hasher.verify(password, credential.get().getPasswordHash());
    } else {
      // Spend the same time for unknown names, so timing does not tell which names exist.
      hasher.spendVerificationTime(password);
      ok = false;
    }
    if (!ok) {
      byUser.orElseGet(() -> newThrottle(userKey(name), now))
          .recordFailure(now, LoginThrottlePolicy.PER_USER);
      byAddress.orElseGet(() -> newThrottle(addressKey(remoteAddress), now))
          .recordFailure(now, LoginThrottlePolicy.PER_ADDRESS);
      return AuthenticationOutcome.INVALID;
    }
    byUser.ifPresent(em::remove);
    account.get().recordLogin(now);
    return AuthenticationOutcome.valid(account.get().getUsername(), groupsOf(account.get()));
  }

  /** Re-reads a logged-in person's roles; invalid when the account was disabled meanwhile. */
  public AuthenticationOutcome refresh(String username) {
    return findAccount(username)
        .filter(Account::isEnabled)
        .map(a -> AuthenticationOutcome.valid(a.getUsername(), groupsOf(a)))
        .orElse(AuthenticationOutcome.INVALID);
  }

  public AuthenticationOutcome checkApiToken(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return AuthenticationOutcome.INVALID;
    }
    return AccountLookup.byHash(em, TokenHashing.hash(secret.strip()))
        .filter(ApiToken::isUsable)
        .filter(t -> t.getAccountId() == null || em.find(Account.class, t.getAccountId()).isEnabled())
        .map(
            t -> {
              t.recordUse(clock.instant());
              Set<String> groups = new HashSet<>();
              t.scopeSet().forEach(s -> groups.add(s.containerRole()));
              return AuthenticationOutcome.valid(CallerNames.forToken(t.getId()), groups);
            })
        .orElse(AuthenticationOutcome.INVALID);
  }

  public long minutesBlocked(String username, String remoteAddress) {
    Instant now = clock.instant();
    long user = findThrottle(userKey(Account.normaliseUsername(username))).map(t -> t.minutesBlocked(now)).orElse(0L);
    long address = findThrottle(addressKey(remoteAddress)).map(t -> t.minutesBlocked(now)).orElse(0L);
    return Math.max(user, address);
  }

  private Optional<Account> findAccount(String username) {
    return AccountLookup.byUsername(em, username);
  }

  static Set<String> groupsOf(Account account) {
    Set<String> groups = new HashSet<>();
    groups.add(Roles.EMPLOYEE);
    for (RoleAssignment r : account.getRoles()) {
      groups.add(r.getRole().containerRole());
    }
    return groups;
  }

  private Optional<LoginThrottle> findThrottle(String key) {
    return Optional.ofNullable(em.find(LoginThrottle.class, key));
  }

  private LoginThrottle newThrottle(String key, Instant now) {
    LoginThrottle t = new LoginThrottle(key, now);
    em.persist(t);
    return t;
  }

  private static String userKey(String username) {
    return "user:" + username;
  }

  private static String addressKey(String remoteAddress) {
    return "address:" + (remoteAddress == null ? "unknown" : remoteAddress);
  }
}
