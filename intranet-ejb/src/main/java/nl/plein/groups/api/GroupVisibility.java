package nl.plein.groups.api;

import java.util.Arrays;
import java.util.Optional;

/** Who sees a group and how one joins it. */
public enum GroupVisibility {
  /** Everyone in its scope sees it and joins at once. */
  OPEN("open"),
  /** Everyone in its scope sees it; joining takes a request that an administrator approves. */
  CLOSED("besloten"),
  /** Only members (and people invited) know it exists; joining is by invitation only. */
  SECRET("geheim");

  private final String code;

  GroupVisibility(String code) {
    this.code = code;
  }

  /** The Dutch code used in the API and in addresses. */
  public String code() {
    return code;
  }

  public static Optional<GroupVisibility> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
