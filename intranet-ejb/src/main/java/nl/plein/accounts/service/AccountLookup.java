package nl.plein.accounts.service;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.plein.accounts.domain.Account;
import nl.plein.accounts.domain.ApiToken;
import org.hibernate.Session;

/**
 * Finds accounts and tokens by their natural keys. These lookups run on every request, so they go
 * through Hibernate's natural-id and second-level caches (Infinispan) instead of a query each time.
 */
final class AccountLookup {
  private AccountLookup() {}

  static Optional<Account> byUsername(EntityManager em, String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.unwrap(Session.class).bySimpleNaturalId(Account.class)
        .loadOptional(Account.normaliseUsername(username));
  }

  static Optional<ApiToken> byHash(EntityManager em, String tokenHash) {
    return em.unwrap(Session.class).bySimpleNaturalId(ApiToken.class).loadOptional(tokenHash);
  }
}
