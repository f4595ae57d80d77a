package nl.plein.accounts.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 implementation: HMAC-SHA512, 210,000
 * iterations (OWASP's recommendation), a 32-byte salt. The parameters are stored with each hash,
 * so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {
  public static final int MIN_LENGTH = 10;

  @Inject Pbkdf2PasswordHash hash;

  private volatile String unknownUserHash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /** Does the work of a verification for a login without a stored hash (unknown user). */
  public void spendVerificationTime(String password) {
    if (unknownUserHash == null) {
      unknownUserHash = hash(java.util.UUID.randomUUID().toString());
    }
    hash.verify(password.toCharArray(), unknownUserHash);
  }

  public boolean verify(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }
}
