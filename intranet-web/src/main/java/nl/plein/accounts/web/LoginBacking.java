package nl.plein.accounts.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.plein.accounts.api.AccountService;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.PleinException;
import nl.plein.common.api.ValidationException;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.LocalRedirect;

/**
 * {@code /login.xhtml}. Hands what was typed to the authentication mechanism (which adds the client
 * address for throttling), then goes to the page the person wanted, if that lies on this site.
 */
@Named
@RequestScoped
public class LoginBacking {
  @Inject SecurityContext securityContext;
  @Inject AccountService accounts;
  @Inject Feedback feedback;

  private String username;
  private String password;
  private String next;
  private String loggedOut;

  /** View action: confirms a logout (the logout redirects here with {@code ?loggedOut=true}). */
  public void confirmLogout() {
    if ("true".equals(loggedOut)) {
      feedback.info("login.loggedOut");
    }
  }

  public void login() throws IOException {
    if (!typedBoth()) {
      return;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + LocalRedirect.target(next));
      case SEND_CONTINUE -> context.responseComplete();
      case SEND_FAILURE, NOT_DONE -> refused(request.getRemoteAddr(), response, context);
    }
  }

  private boolean typedBoth() {
    List<FieldError> missing = new ArrayList<>();
    if (username == null || username.isBlank()) {
      missing.add(FieldError.of("username", "error.field.required"));
    }
    if (password == null || password.isEmpty()) {
      missing.add(FieldError.of("password", "error.field.required"));
    }
    if (!missing.isEmpty()) {
      feedback.report(new ValidationException(missing));
    }
    return missing.isEmpty();
  }

  private void refused(String remoteAddress, HttpServletResponse response, FacesContext context) {
    if (response.isCommitted()) {
      context.responseComplete();
      return;
    }
    long minutes = accounts.loginBlockedMinutes(username, remoteAddress);
    feedback.report(
        minutes > 0
            ? new PleinException(PleinException.Kind.UNAUTHENTICATED, "error.login.blocked", minutes)
            : new PleinException(PleinException.Kind.UNAUTHENTICATED, "error.login.failed"));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getLoggedOut() {
    return loggedOut;
  }

  public void setLoggedOut(String loggedOut) {
    this.loggedOut = loggedOut;
  }
}
