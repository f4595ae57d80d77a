package nl.plein.organisations.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.organisations.domain.Installation;

/**
 * Who may see and manage which organisation. By default everyone sees every organisation (a shared
 * service organisation's point); when the installation keeps organisations apart, people see only
 * their own. Installation-wide administrators see and manage all; an administrator for one
 * organisation manages that one.
 */
@RequestScoped
public class OrganisationAccessPolicy {
  @Inject CurrentUser user;
  @PersistenceContext EntityManager em;

  private Boolean separated;

  public boolean organisationsSeparated() {
    if (separated == null) {
      Installation installation = em.find(Installation.class, Installation.ID);
      separated = installation != null && installation.isOrganisationsSeparated();
    }
    return separated;
  }

  /**
   * The organisations the caller is limited to, or empty when the caller sees them all. An API
   * token without an organisation is installation-wide (only such administrators issue those).
   */
  public Optional<Set<UUID>> visibleOnly() {
    if (!organisationsSeparated()
        || user.hasInstallationRole(Role.FUNCTIONAL_ADMIN)
        || (user.isApiClient() && user.organisationId().isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(user.memberOrganisations());
  }

  public boolean maySee(UUID organisationId) {
    return visibleOnly().map(only -> only.contains(organisationId)).orElse(true);
  }

  public boolean mayManage(UUID organisationId) {
    return user.hasRoleFor(Role.FUNCTIONAL_ADMIN, organisationId);
  }

  public boolean mayManageInstallation() {
    return user.hasInstallationRole(Role.FUNCTIONAL_ADMIN);
  }

  public void checkManage(UUID organisationId) {
    if (!mayManage(organisationId)) {
      throw AccessDeniedException.generic();
    }
  }

  public void checkManageInstallation() {
    if (!mayManageInstallation()) {
      throw AccessDeniedException.generic();
    }
  }
}
