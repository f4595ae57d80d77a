package nl.plein.accounts.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.domain.Account;
import nl.plein.accounts.domain.ApiToken;
import nl.plein.accounts.domain.RoleAssignment;

/** The caller of this request, read once from the security context and the database. */
@RequestScoped
public class CurrentUserBean implements CurrentUser {
  @Inject SecurityContext securityContext;
  @PersistenceContext EntityManager em;

  private boolean loaded;
  private UUID accountId;
  private UUID personId;
  private UUID organisationId;
  private boolean apiClient;
  private List<RoleAssignment> roles = List.of();

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return;
    }
    Optional<UUID> tokenId = CallerNames.tokenId(principal.getName());
    if (tokenId.isPresent()) {
      ApiToken token = em.find(ApiToken.class, tokenId.get());
      if (token != null) {
        apiClient = true;
        organisationId = token.getOrganisationId();
        if (token.getAccountId() != null) {
          Account owner = em.find(Account.class, token.getAccountId());
          personId = owner.getPersonId();
          organisationId = owner.getOrganisationId();
        }
      }
      return;
    }
    AccountLookup.byUsername(em, principal.getName())
        .ifPresent(
            a -> {
              accountId = a.getId();
              personId = a.getPersonId();
              organisationId = a.getOrganisationId();
              roles = List.copyOf(a.getRoles());
            });
  }

  @Override
  public boolean isAuthenticated() {
    load();
    return accountId != null || apiClient;
  }

  @Override
  public Optional<UUID> accountId() {
    load();
    return Optional.ofNullable(accountId);
  }

  @Override
  public Optional<UUID> personId() {
    load();
    return Optional.ofNullable(personId);
  }

  @Override
  public Optional<UUID> organisationId() {
    load();
    return Optional.ofNullable(organisationId);
  }

  @Override
  public boolean isApiClient() {
    load();
    return apiClient;
  }

  @Override
  public boolean hasRole(Role role) {
    load();
    if (role == Role.EMPLOYEE) {
      return accountId != null;
    }
    return roles.stream().anyMatch(r -> r.getRole() == role);
  }

  @Override
  public boolean hasInstallationRole(Role role) {
    load();
    return roles.stream().anyMatch(r -> r.getRole() == role && r.getOrganisationId() == null);
  }

  @Override
  public Set<UUID> memberOrganisations() {
    load();
    Set<UUID> result = new HashSet<>();
    if (organisationId != null) {
      result.add(organisationId);
    }
    roles.stream().map(RoleAssignment::getOrganisationId).filter(Objects::nonNull).forEach(result::add);
    return Set.copyOf(result);
  }

  @Override
  public Set<UUID> organisationsWithRole(Role role) {
    load();
    return roles.stream()
        .filter(r -> r.getRole() == role && r.getOrganisationId() != null)
        .map(RoleAssignment::getOrganisationId)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  @Override
  public boolean hasRoleFor(Role role, UUID organisationId) {
    load();
    if (role == Role.EMPLOYEE) {
      return accountId != null;
    }
    return roles.stream()
        .anyMatch(
            r ->
                r.getRole() == role
                    && (r.getOrganisationId() == null
                        || Objects.equals(r.getOrganisationId(), organisationId)));
  }
}
