package nl.plein.accounts.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.plein.accounts.api.AuthenticationAttributes;

/**
 * The one authentication mechanism of the EAR (both WARs see it; two would clash). The API ({@code
 * /api}) is stateless and takes {@code Authorization: Bearer} API tokens. The web pages log in
 * with a password through {@code SecurityContext.authenticate} and keep a {@link SessionIdentity}
 * in the session. Single sign-on will be a third branch here.
 */
@ApplicationScoped
public class PleinAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String API_CONTEXT = "/api";
  public static final String LOGIN_PAGE = "/login";

  /** Request attribute naming the error code when an API request carried a bad credential. */
  public static final String API_AUTH_ERROR = AuthenticationAttributes.API_AUTH_ERROR;

  @Inject IdentityStoreHandler identityStore;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (API_CONTEXT.equals(request.getContextPath())) {
      return validateApiRequest(request, context);
    }
    return validateWebRequest(request, context);
  }

  /**
   * A missing token leaves the request anonymous; a bad one is marked with {@link
   * #API_AUTH_ERROR} and the API answers 401 itself, so that the answer carries the API's headers
   * and problem format.
   */
  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return context.doNothing();
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      request.setAttribute(API_AUTH_ERROR, "error.api.bearerRequired");
      return context.doNothing();
    }
    CredentialValidationResult result =
        identityStore.validate(new ApiTokenCredential(header.substring(7).strip()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      request.setAttribute(API_AUTH_ERROR, "error.api.tokenInvalid");
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus validateWebRequest(
      HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential typed) {
      // The login page passes what was typed; the client address (for throttling) is ours to add.
      CredentialValidationResult result =
          identityStore.validate(
              new PasswordLoginCredential(
                  typed.getCaller(), typed.getPasswordAsString(), request.getRemoteAddr()));
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId(); // no session fixation
      remember(request.getSession(), result);
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    SessionIdentity identity =
        session == null ? null : (SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE);
    if (identity != null && identity.needsRecheck(Instant.now())) {
      CredentialValidationResult result =
          identityStore.validate(new SessionRefreshCredential(identity.username()));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        identity = remember(session, result);
      } else {
        session.invalidate();
        identity = null;
      }
    }
    if (identity != null) {
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(identity.username()), identity.groups());
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + next(request));
    }
    return context.doNothing();
  }

  private static SessionIdentity remember(HttpSession session, CredentialValidationResult result) {
    SessionIdentity identity =
        new SessionIdentity(
            result.getCallerPrincipal().getName(), result.getCallerGroups(), Instant.now());
    session.setAttribute(SessionIdentity.ATTRIBUTE, identity);
    return identity;
  }

  private static String next(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      path += "?" + request.getQueryString();
    }
    return URLEncoder.encode(path, StandardCharsets.UTF_8);
  }
}
