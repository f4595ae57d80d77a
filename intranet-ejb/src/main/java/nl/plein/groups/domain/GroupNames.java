package nl.plein.groups.domain;

import java.text.Normalizer;
import java.util.Locale;

/** The key that makes two spellings of a group name the same name within one scope. */
public final class GroupNames {
  public static final int MAX_NAME = 80;
  public static final int MAX_DESCRIPTION = 2000;

  private GroupNames() {}

  /** Lower case, accents and punctuation removed, single spaces: "Kunst- & Cultuur" is "kunst cultuur". */
  public static String key(String name) {
    String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('ı', 'i')
        .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
