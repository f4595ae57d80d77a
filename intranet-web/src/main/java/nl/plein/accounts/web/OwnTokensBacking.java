package nl.plein.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import nl.plein.accounts.api.ApiTokenService;
import nl.plein.accounts.api.ApiTokenSummary;
import nl.plein.accounts.api.IssuedApiToken;
import nl.plein.platform.web.Feedback;

/** {@code /account/tokens.xhtml}: a person's own API tokens (read access as themselves). */
@Named
@RequestScoped
public class OwnTokensBacking {
  @Inject ApiTokenService tokenService;
  @Inject Feedback feedback;

  /** Loaded on first use, also on a postback: the revoke buttons live in a repeat over it. */
  private List<ApiTokenSummary> tokens;
  private IssuedApiToken issued;
  private String name;


  /** Shows the secret once, in this response only (never stored, never cached). */
  public void issue() {
    feedback.attemptAndGet(() -> tokenService.issuePersonalToken(name)).ifPresent(t -> {
      issued = t;
      name = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
      tokens = null;
    });
  }

  public String revoke(UUID id) {
    return feedback.attempt(() -> tokenService.revokeOwnToken(id)) ? feedback.reload("tokens.revoked") : null;
  }

  public List<ApiTokenSummary> getTokens() {
    if (tokens == null) {
      tokens = feedback.attemptAndGet(tokenService::listOwnTokens).orElse(List.of());
    }
    return tokens;
  }

  public IssuedApiToken getIssued() {
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
