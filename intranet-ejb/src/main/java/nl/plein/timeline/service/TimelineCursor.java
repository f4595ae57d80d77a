package nl.plein.timeline.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a timeline page starts: the creation moment (milliseconds) and id of the last post of the
 * previous page, as {@code <millis>_<id>}. Stable while new posts arrive, unlike a page number.
 */
record TimelineCursor(Instant at, String key) {
  static Optional<TimelineCursor> parse(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return Optional.empty();
    }
    int sep = cursor.indexOf('_');
    try {
      Instant at = Instant.ofEpochMilli(Long.parseLong(cursor.substring(0, sep)));
      String key = UUID.fromString(cursor.substring(sep + 1)).toString();
      return Optional.of(new TimelineCursor(at, key));
    } catch (RuntimeException e) {
      throw nl.plein.common.api.ValidationException.of("cursor", "error.timeline.cursor");
    }
  }

  static String of(Instant at, UUID id) {
    return at.toEpochMilli() + "_" + id;
  }
}
