package nl.plein.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.accounts.api.AccountService;
import nl.plein.accounts.api.AccountSummary;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.api.RoleGrant;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.ValidationException;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/** {@code /admin/account.xhtml?id=...}: reset the password, grant and revoke roles, block. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject OrganisationService organisationService;
  @Inject Feedback feedback;

  private String id;
  private AccountSummary account;
  private OrganisationChoices organisations = OrganisationChoices.NONE;
  private String password;
  private String role;
  /** The scope of a role to grant; empty means the whole installation. */
  private String organisationId;

  /** View action. An unknown or malformed id shows "not found" (with status 404), never an error. */
  public void load() {
    Optional<UUID> accountId = Ids.parse(id);
    if (accountId.isEmpty()) {
      feedback.report(new NotFoundException("error.account.notFound"));
      return;
    }
    account = feedback.attemptAndGet(() -> accounts.getAccount(accountId.get())).orElse(null);
    if (account != null) {
      organisations =
          feedback.attemptAndGet(() -> new OrganisationChoices(organisationService.listManageableOrganisations()))
              .orElse(OrganisationChoices.NONE);
      organisationId = Ids.text(account.organisationId());
    }
  }

  public String resetPassword() {
    return feedback.attempt(() -> accounts.resetPassword(account.id(), password))
        ? feedback.reload("account.passwordReset")
        : null;
  }

  public String grant() {
    Optional<Role> chosen = Role.fromName(role);
    if (chosen.isEmpty()) {
      feedback.report(ValidationException.of("role", "error.field.required"));
      return null;
    }
    RoleGrant grant = new RoleGrant(chosen.get(), Ids.orNull(organisationId));
    return feedback.attempt(() -> accounts.grantRole(account.id(), grant))
        ? feedback.reload("account.roleGranted")
        : null;
  }

  public String revoke(RoleGrant grant) {
    return feedback.attempt(() -> accounts.revokeRole(account.id(), grant))
        ? feedback.reload("account.roleRevoked")
        : null;
  }

  public String disable() {
    return feedback.attempt(() -> accounts.disableAccount(account.id()))
        ? feedback.reload("account.disabled")
        : null;
  }

  public String enable() {
    return feedback.attempt(() -> accounts.enableAccount(account.id()))
        ? feedback.reload("account.enabled")
        : null;
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  /** What a role is held for: an organisation, or the whole installation. */
  public String scopeName(UUID organisation) {
    return organisation == null ? feedback.text("common.wholeInstallation") : organisations.name(organisation);
  }

  public String getTitle() {
    return account == null ? feedback.text("account.notFound.title") : account.displayName();
  }

  public AccountSummary getAccount() {
    return account;
  }

  public OrganisationChoices getOrganisations() {
    return organisations;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }
}
