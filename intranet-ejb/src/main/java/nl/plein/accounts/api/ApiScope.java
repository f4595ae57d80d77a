package nl.plein.accounts.api;

import java.util.Arrays;
import java.util.Optional;

/** What a partner system's token allows. Later issues add write scopes. */
public enum ApiScope {
  READ("lezen", Roles.API_READ);

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
