package nl.plein.platform.web;

import java.util.Optional;
import java.util.UUID;

/** Ids as they arrive in URLs and select boxes: text that may be missing or malformed. */
public final class Ids {
  private Ids() {}

  public static Optional<UUID> parse(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(id.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** For a select box whose empty option means "none" (or "the whole installation"). */
  public static UUID orNull(String id) {
    return parse(id).orElse(null);
  }

  public static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}
