package nl.plein.groups.api;

import java.util.Arrays;
import java.util.Optional;

/** An archived group is read-only, marked as archived and still findable; it can be restored. */
public enum GroupStatus {
  ACTIVE("actief"),
  ARCHIVED("gearchiveerd");

  private final String code;

  GroupStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<GroupStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
