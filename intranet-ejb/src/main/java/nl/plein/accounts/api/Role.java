package nl.plein.accounts.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Roles a person can hold, each for one organisation or for the whole installation. The container
 * role name is what {@code @RolesAllowed} checks; the scope is checked by each feature's policy.
 */
public enum Role {
  EMPLOYEE(Roles.EMPLOYEE),
  AMBASSADOR(Roles.AMBASSADOR),
  CONTENT_EDITOR(Roles.CONTENT_EDITOR),
  /** Writes blogs (managers, and other employees the organisation asks to): news-like, with comments and likes. */
  BLOGGER(Roles.BLOGGER),
  COMMUNITY_MANAGER(Roles.COMMUNITY_MANAGER),
  FUNCTIONAL_ADMIN(Roles.FUNCTIONAL_ADMIN);

  private final String containerRole;

  Role(String containerRole) {
    this.containerRole = containerRole;
  }

  public String containerRole() {
    return containerRole;
  }

  /** Message key of the role's name. */
  public String messageKey() {
    return "role." + containerRole;
  }

  public static Optional<Role> fromName(String name) {
    return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
  }
}
