package nl.plein.people.api;

import java.util.Arrays;
import java.util.Optional;

/** The sizes the pages need: list avatars, profile header, enlarged view. Square, in pixels. */
public enum PhotoSize {
  SMALL("klein", 64),
  MEDIUM("middel", 200),
  LARGE("groot", 600);

  private final String code;
  private final int pixels;

  PhotoSize(String code, int pixels) {
    this.code = code;
    this.pixels = pixels;
  }

  public String code() {
    return code;
  }

  public int pixels() {
    return pixels;
  }

  public static Optional<PhotoSize> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
