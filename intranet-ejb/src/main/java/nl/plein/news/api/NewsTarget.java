package nl.plein.news.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * Who an item is for: the whole installation, an organisation, or a department (with its
 * subdepartments).
 *
 * @param id the organisation or department; null for the installation
 */
public record NewsTarget(Kind kind, UUID id) implements Serializable {
  public enum Kind { INSTALLATION, ORGANISATION, DEPARTMENT }

  public static final NewsTarget INSTALLATION = new NewsTarget(Kind.INSTALLATION, null);

  public NewsTarget {
    if ((kind == Kind.INSTALLATION) != (id == null)) {
      throw new IllegalArgumentException("an organisation or department target names it; the installation not");
    }
  }

  /** As in a form or a query parameter: {@code installatie}, {@code organisatie:<id>}, {@code afdeling:<id>}. */
  public String code() {
    return switch (kind) {
      case INSTALLATION -> "installatie";
      case ORGANISATION -> "organisatie:" + id;
      case DEPARTMENT -> "afdeling:" + id;
    };
  }

  public static java.util.Optional<NewsTarget> fromCode(String code) {
    if (code == null) {
      return java.util.Optional.empty();
    }
    try {
      if (code.equals("installatie")) {
        return java.util.Optional.of(INSTALLATION);
      } else if (code.startsWith("organisatie:")) {
        return java.util.Optional.of(new NewsTarget(Kind.ORGANISATION, UUID.fromString(code.substring(12))));
      } else if (code.startsWith("afdeling:")) {
        return java.util.Optional.of(new NewsTarget(Kind.DEPARTMENT, UUID.fromString(code.substring(9))));
      }
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }
}
