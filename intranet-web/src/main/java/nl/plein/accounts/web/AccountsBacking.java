package nl.plein.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import nl.plein.accounts.api.AccountService;
import nl.plein.accounts.api.AccountSummary;
import nl.plein.accounts.api.CreateAccountRequest;
import nl.plein.accounts.api.RoleGrant;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/** {@code /admin/accounts.xhtml}: accounts page by page, searchable, and a form for a new account. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject OrganisationService organisationService;
  @Inject Feedback feedback;

  private String q;
  private String page;
  private Page<AccountSummary> result;
  private OrganisationChoices organisations = OrganisationChoices.NONE;
  private String username;
  private String displayName;
  private String email;
  private String organisationId;
  private String password;

  /** View action: the search ({@code ?q=}) and page ({@code ?page=}) come from the address. */
  public void load() {
    organisations =
        feedback.attemptAndGet(() -> new OrganisationChoices(organisationService.listManageableOrganisations()))
            .orElse(OrganisationChoices.NONE);
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> accounts.listAccounts(q, request)).orElse(null);
  }

  public String create() {
    var request =
        new CreateAccountRequest(username, displayName, email, Ids.orNull(organisationId), password);
    return feedback
        .attemptAndGet(() -> accounts.createAccount(request))
        .map(id -> feedback.redirect("/admin/account.xhtml?id=" + id, "accounts.created", displayName))
        .orElse(null);
  }

  /** Where the page links point, without the page number (which the pager appends). */
  public String getPageHrefPrefix() {
    String search = q == null || q.isBlank() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&";
    return "/admin/accounts?" + search + "page=";
  }

  public String roleNames(AccountSummary account) {
    return account.roles().stream()
        .map(RoleGrant::role)
        .distinct()
        .map(role -> feedback.text(role.messageKey()))
        .collect(Collectors.joining(", "));
  }

  public OrganisationChoices getOrganisations() {
    return organisations;
  }

  public Page<AccountSummary> getResult() {
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
