package nl.plein.organisations.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.organisations.api.OrganisationVisibility;

@Stateless
@PermitAll
public class OrganisationVisibilityBean implements OrganisationVisibility {
  @Inject OrganisationAccessPolicy policy;

  @Override
  public Optional<Set<UUID>> visibleOrganisations() {
    return policy.visibleOnly();
  }

  @Override
  public boolean maySee(UUID organisationId) {
    return policy.maySee(organisationId);
  }
}
