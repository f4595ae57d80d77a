package nl.plein.accounts.api;

/** Request attributes the authentication mechanism leaves for the web and API modules. */
public final class AuthenticationAttributes {
  /** Set on an API request whose credential was refused; the value is an error code. */
  public static final String API_AUTH_ERROR = "plein.api.authError";

  private AuthenticationAttributes() {}
}
