package nl.plein.accounts.api;

import java.util.Arrays;
import java.util.Optional;

/** What a token allows. */
public enum ApiScope {
  READ("lezen", Roles.API_READ),
  /** Acting as the person: only personal tokens carry it, and the person's own rights apply. */
  WRITE("schrijven", Roles.API_WRITE);

  private final String code;
  private final String containerRole;

  ApiScope(String code, String containerRole) {
    this.code = code;
    this.containerRole = containerRole;
  }

  public String code() {
    return code;
  }

  public String containerRole() {
    return containerRole;
  }

  public static Optional<ApiScope> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
