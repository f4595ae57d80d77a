package nl.plein.accounts.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets are 32 random bytes; the database keeps their SHA-256. A fast hash is right
 * here (unlike for passwords): the secret has 256 bits of entropy, so it cannot be guessed.
 */
public final class TokenHashing {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenHashing() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "plein_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static String prefix(String secret) {
    return secret.substring(0, Math.min(10, secret.length()));
  }
}
