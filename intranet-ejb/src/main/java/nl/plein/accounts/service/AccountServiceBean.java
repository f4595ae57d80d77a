package nl.plein.accounts.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.plein.accounts.api.AccountDisabled;
import nl.plein.accounts.api.AccountService;
import nl.plein.accounts.api.AccountSummary;
import nl.plein.accounts.api.CreateAccountRequest;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.api.RoleGrant;
import nl.plein.accounts.api.Roles;
import nl.plein.accounts.domain.Account;
import nl.plein.accounts.domain.LocalCredential;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.common.api.Validator;

@Stateless
public class AccountServiceBean implements AccountService {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject jakarta.enterprise.event.Event<AccountDisabled> disabled;
  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;
  @Inject PasswordHasher hasher;
  @EJB AuthenticationService authentication;

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public Page<AccountSummary> listAccounts(String query, PageRequest page) {
    String q = Validator.clean(query);
    String pattern = q == null ? "%" : "%" + q.toLowerCase(Locale.ROOT) + "%";
    String where =
        " where (lower(a.username) like :q or lower(a.displayName) like :q)"
            + " and (:all = true or a.organisationId in :orgs)";
    // An administrator for some organisations sees the accounts of those organisations.
    boolean all = user.hasInstallationRole(Role.FUNCTIONAL_ADMIN);
    java.util.Set<UUID> orgs = user.organisationsWithRole(Role.FUNCTIONAL_ADMIN);
    if (!all && orgs.isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    java.util.Set<UUID> ids = all ? java.util.Set.of(new UUID(0, 0)) : orgs;
    long total =
        em.createQuery("select count(a) from Account a" + where, Long.class)
            .setParameter("q", pattern)
            .setParameter("all", all)
            .setParameter("orgs", ids)
            .getSingleResult();
    List<Account> accounts =
        em.createQuery("select a from Account a" + where + " order by a.displayName", Account.class)
            .setParameter("q", pattern)
            .setParameter("all", all)
            .setParameter("orgs", ids)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    List<UUID> withPassword =
        accounts.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select c.accountId from LocalCredential c where c.accountId in :ids", UUID.class)
                .setParameter("ids", accounts.stream().map(Account::getId).toList())
                .getResultList();
    // The roles of the whole page in one query (into the same persistence context): no N+1.
    if (!accounts.isEmpty()) {
      em.createQuery("select a from Account a left join fetch a.roles where a in :accounts", Account.class)
          .setParameter("accounts", accounts)
          .getResultList();
    }
    return new Page<>(
        accounts.stream().map(a -> toSummary(a, withPassword.contains(a.getId()))).toList(),
        page.page(),
        page.size(),
        total);
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public AccountSummary getAccount(UUID id) {
    Account account = managedAccount(id);
    return toSummary(account, em.find(LocalCredential.class, id) != null);
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public UUID createAccount(CreateAccountRequest request) {
    if (request.organisationId() != null) {
      checkMayManage(request.organisationId()); // before anything that could reveal other data
    }
    String username = Account.normaliseUsername(request.username());
    String displayName = Validator.clean(request.displayName());
    String email = Validator.clean(request.email());
    Validator v =
        new Validator()
            .check(Account.isValidUsername(username), "username", "error.account.username")
            .required("displayName", displayName)
            .maxLength("displayName", displayName, 160)
            .check(email == null || EMAIL.matcher(email).matches(), "email", "error.field.email")
            .check(
                request.password() == null || request.password().length() >= PasswordHasher.MIN_LENGTH,
                "password",
                "error.password.tooShort",
                PasswordHasher.MIN_LENGTH)
            .required("organisationId", request.organisationId());
    if (!v.hasError("username")) {
      v.check(!usernameTaken(username), "username", "error.account.usernameTaken");
    }
    v.throwIfInvalid();
    checkMayManage(request.organisationId());
    Account account = new Account(username, displayName, email, request.organisationId());
    em.persist(account);
    if (request.password() != null) {
      em.persist(new LocalCredential(account.getId(), hasher.hash(request.password())));
    }
    return account.getId();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void resetPassword(UUID accountId, String newPassword) {
    Account account = managedAccount(accountId);
    checkPasswordRule(newPassword);
    LocalCredential credential = em.find(LocalCredential.class, account.getId());
    if (credential == null) {
      em.persist(new LocalCredential(account.getId(), hasher.hash(newPassword)));
    } else {
      credential.change(hasher.hash(newPassword));
    }
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void changeOwnPassword(String currentPassword, String newPassword) {
    UUID id = user.accountId().orElseThrow(AccessDeniedException::generic);
    LocalCredential credential = em.find(LocalCredential.class, id);
    if (credential == null
        || currentPassword == null
        || !hasher.verify(currentPassword, credential.getPasswordHash())) {
      throw ValidationException.of("currentPassword", "error.password.current");
    }
    checkPasswordRule(newPassword);
    credential.change(hasher.hash(newPassword));
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void grantRole(UUID accountId, RoleGrant grant) {
    Account account = managedAccount(accountId);
    checkMayGrant(grant);
    account.grant(grant.role(), grant.organisationId());
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void revokeRole(UUID accountId, RoleGrant grant) {
    Account account = managedAccount(accountId);
    checkMayGrant(grant);
    if (grant.role() == Role.FUNCTIONAL_ADMIN
        && grant.organisationId() == null
        && user.accountId().map(accountId::equals).orElse(false)) {
      // Taking away one's own installation-wide administration could leave nobody in charge.
      throw ValidationException.of("role", "error.role.ownAdmin");
    }
    account.revoke(grant.role(), grant.organisationId());
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void disableAccount(UUID accountId) {
    if (user.accountId().map(accountId::equals).orElse(false)) {
      throw ValidationException.of("account", "error.account.disableSelf");
    }
    Account account = managedAccount(accountId);
    if (account.isEnabled()) {
      account.disable();
      disabled.fire(new AccountDisabled(account.getId(), account.getPersonId()));
    }
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void enableAccount(UUID accountId) {
    managedAccount(accountId).enable();
  }

  @Override
  @PermitAll
  public long loginBlockedMinutes(String username, String remoteAddress) {
    return authentication.minutesBlocked(username, remoteAddress);
  }

  private void checkPasswordRule(String password) {
    if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
      throw new ValidationException(
          List.of(
              nl.plein.common.api.FieldError.of(
                  "password", "error.password.tooShort", PasswordHasher.MIN_LENGTH)));
    }
  }

  private boolean usernameTaken(String username) {
    return !em.createQuery("select a.id from Account a where a.username = :u", UUID.class)
        .setParameter("u", username)
        .getResultList()
        .isEmpty();
  }

  private Account managedAccount(UUID id) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw new NotFoundException("error.account.notFound");
    }
    checkMayManage(account.getOrganisationId());
    return account;
  }

  private void checkMayManage(UUID organisationId) {
    boolean ok =
        organisationId == null
            ? user.hasInstallationRole(Role.FUNCTIONAL_ADMIN)
            : user.hasRoleFor(Role.FUNCTIONAL_ADMIN, organisationId);
    if (!ok) {
      throw AccessDeniedException.generic();
    }
  }

  /** An organisation's administrator grants roles for that organisation only. */
  private void checkMayGrant(RoleGrant grant) {
    if (grant.role() == null) {
      throw ValidationException.of("role", "error.field.required");
    }
    checkMayManage(grant.organisationId());
  }

  private static AccountSummary toSummary(Account a, boolean hasPassword) {
    return new AccountSummary(
        a.getId(),
        a.getUsername(),
        a.getDisplayName(),
        a.getEmail(),
        a.getOrganisationId(),
        a.isEnabled(),
        hasPassword,
        a.getLastLoginAt(),
        a.getRoles().stream().map(r -> new RoleGrant(r.getRole(), r.getOrganisationId())).toList());
  }
}
