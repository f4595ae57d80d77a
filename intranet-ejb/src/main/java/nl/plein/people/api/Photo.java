package nl.plein.people.api;

import java.io.Serializable;
import java.time.Instant;

/** A stored profile photo in one size; always JPEG (re-encoded, so without EXIF). */
public record Photo(byte[] content, int version, Instant updatedAt) implements Serializable {
  public static final String CONTENT_TYPE = "image/jpeg";
}
