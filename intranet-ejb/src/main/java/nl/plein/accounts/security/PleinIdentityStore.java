package nl.plein.accounts.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import nl.plein.accounts.service.AuthenticationOutcome;
import nl.plein.accounts.service.AuthenticationService;

/** Validates Plein's credentials: local passwords, API tokens and session re-checks. */
@ApplicationScoped
public class PleinIdentityStore implements IdentityStore {
  @EJB AuthenticationService authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    AuthenticationOutcome outcome;
    if (credential instanceof PasswordLoginCredential login) {
      outcome =
          authentication.checkPassword(
              login.getCaller(), login.getPasswordAsString(), login.getRemoteAddress());
    } else if (credential instanceof ApiTokenCredential token) {
      outcome = authentication.checkApiToken(token.secret());
    } else if (credential instanceof SessionRefreshCredential refresh) {
      outcome = authentication.refresh(refresh.username());
    } else if (credential instanceof CallerOnlyCredential) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    } else {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return outcome.valid()
        ? new CredentialValidationResult(outcome.callerName(), outcome.groups())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
