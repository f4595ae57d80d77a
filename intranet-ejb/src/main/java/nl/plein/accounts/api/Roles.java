package nl.plein.accounts.api;

/** Container role names, for {@code @RolesAllowed} and web.xml constraints. */
public final class Roles {
  public static final String EMPLOYEE = "employee";
  public static final String AMBASSADOR = "ambassador";
  public static final String CONTENT_EDITOR = "content-editor";
  public static final String BLOGGER = "blogger";
  public static final String COMMUNITY_MANAGER = "community-manager";
  public static final String FUNCTIONAL_ADMIN = "functional-admin";

  /** Held by partner systems calling the API with a token that has the read scope. */
  public static final String API_READ = "api-read";
  /** Writing through the API, as the person a personal token acts for. */
  public static final String API_WRITE = "api-write";

  private Roles() {}
}
