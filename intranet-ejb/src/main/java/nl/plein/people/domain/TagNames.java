package nl.plein.people.domain;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expertise tags: "Wmo", " wmo " and "WMO" are one tag; so are "Privacy (AVG)" and "privacy
 * (avg)", and "Geïntegreerd" and "geintegreerd". The key is lower case, without accents, with
 * single spaces; the display name keeps the first spelling.
 */
public final class TagNames {
  public static final int MAX_LENGTH = 60;
  public static final int MAX_TAGS = 20;

  private TagNames() {}

  public static String key(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('ı', 'i') // Turkish dotless i has no accent to strip
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\\s_]+", " ").strip();
  }

  public static String displayName(String name) {
    return name.replaceAll("\\s+", " ").strip();
  }

  /** Cleans a typed list: trimmed, without empties and without duplicates by key. */
  public static List<String> clean(List<String> names) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String name : names) {
      if (name == null) {
        continue;
      }
      String display = displayName(name);
      if (!display.isEmpty()) {
        byKey.putIfAbsent(key(display), display);
      }
    }
    return List.copyOf(byKey.values());
  }
}
