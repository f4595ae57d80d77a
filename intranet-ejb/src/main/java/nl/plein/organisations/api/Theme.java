package nl.plein.organisations.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Built-in themes. Each is a CSS class setting NL Design System tokens; {@code CUSTOM} loads the
 * stylesheet an installation puts in its data directory (see the administrator guide).
 */
public enum Theme {
  PLEIN("plein"),
  VOORBEELD("voorbeeld"),
  CUSTOM("custom");

  private final String code;

  Theme(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Theme> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
