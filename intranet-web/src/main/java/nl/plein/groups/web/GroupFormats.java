package nl.plein.groups.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import nl.plein.groups.api.GroupVisibility;

/** How the group pages write what the records hold: initials for a group without an image. */
@Named
@ApplicationScoped
public class GroupFormats {
  /** At most two letters, like a person's initials: "Team Burgerzaken" becomes "TB". */
  public String initials(String name) {
    return initialsOf(name);
  }

  public List<GroupVisibility> getVisibilities() {
    return List.of(GroupVisibility.values());
  }

  /**
   * The first letter of the name and of the next word that starts with a capital or a digit, so
   * that "Koor van de gemeente" becomes "K", not "KV".
   */
  static String initialsOf(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    for (String word : name.strip().split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      int first = word.codePointAt(0);
      if (initials.isEmpty()) {
        initials.appendCodePoint(first);
      } else if (Character.isUpperCase(first) || Character.isDigit(first)) {
        initials.appendCodePoint(first);
        break;
      }
    }
    return initials.toString().toUpperCase(Locale.ROOT);
  }
}
