package nl.plein.accounts.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.api.SessionUser;
import nl.plein.accounts.api.SessionUserService;
import nl.plein.accounts.domain.Account;

@Stateless
public class SessionUserServiceBean implements SessionUserService {
  @PersistenceContext EntityManager em;
  @Inject SecurityContext securityContext;

  @Override
  @PermitAll
  public Optional<SessionUser> findSessionUser() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    return AccountLookup.byUsername(em, principal.getName())
        .map(
            a -> {
              Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
              a.getRoles().forEach(r -> roles.add(r.getRole()));
              boolean installationAdmin =
                  a.getRoles().stream()
                      .anyMatch(r -> r.getRole() == Role.FUNCTIONAL_ADMIN && r.getOrganisationId() == null);
              return new SessionUser(
                  a.getId(), a.getUsername(), a.getDisplayName(), a.getOrganisationId(), a.getPersonId(), roles,
                  installationAdmin);
            });
  }
}
