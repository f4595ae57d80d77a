package nl.plein.accounts.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.plein.accounts.api.ApiScope;
import nl.plein.accounts.api.ApiTokenService;
import nl.plein.accounts.api.ApiTokenSummary;
import nl.plein.accounts.api.IssueApiTokenRequest;
import nl.plein.accounts.api.IssuedApiToken;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/** {@code /admin/tokens.xhtml}: API tokens for partner systems: list, issue, revoke. */
@Named
@ViewScoped
public class TokensBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Request attribute holding a just issued token: shown in this one response, never kept. */
  private static final String ISSUED = "plein.issuedToken";

  @Inject ApiTokenService tokenService;
  @Inject OrganisationService organisationService;
  @Inject Feedback feedback;

  private List<ApiTokenSummary> tokens = List.of();
  private OrganisationChoices organisations = OrganisationChoices.NONE;
  private String name;
  private List<String> scopes = new ArrayList<>();
  /** The organisation the token may read for; empty means the whole installation. */
  private String organisationId;

  /** View action. */
  public void load() {
    organisations =
        feedback.attemptAndGet(() -> new OrganisationChoices(organisationService.listManageableOrganisations()))
            .orElse(OrganisationChoices.NONE);
    tokens = feedback.attemptAndGet(tokenService::listTokens).orElse(List.of());
  }

  /** Issues a token and shows its secret once, in this response (not cacheable, not redirected). */
  public void issue() {
    Set<ApiScope> chosen =
        scopes.stream().map(ApiScope::fromCode).flatMap(Optional::stream).collect(Collectors.toSet());
    var request = new IssueApiTokenRequest(name, chosen, Ids.orNull(organisationId));
    feedback
        .attemptAndGet(() -> tokenService.issueToken(request))
        .ifPresent(
            issued -> {
              var external = FacesContext.getCurrentInstance().getExternalContext();
              external.getRequestMap().put(ISSUED, issued);
              external.setResponseHeader("Cache-Control", "no-store");
              name = null;
              scopes = new ArrayList<>();
              organisationId = null;
              load();
            });
  }

  public String revoke(UUID id) {
    return feedback.attempt(() -> tokenService.revokeToken(id)) ? feedback.reload("tokens.revoked") : null;
  }

  public IssuedApiToken getIssued() {
    return (IssuedApiToken) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ISSUED);
  }

  public List<ApiScope> getAllScopes() {
    // Writing is acting as a person: only personal tokens (issued by the person) may.
    return List.of(ApiScope.READ);
  }

  public String scopeNames(ApiTokenSummary token) {
    return token.scopes().stream()
        .map(s -> feedback.text("scope." + s.code()))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public String organisationName(UUID organisation) {
    return organisation == null ? feedback.text("common.wholeInstallation") : organisations.name(organisation);
  }

  public List<ApiTokenSummary> getTokens() {
    return tokens;
  }

  public OrganisationChoices getOrganisations() {
    return organisations;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }
}
