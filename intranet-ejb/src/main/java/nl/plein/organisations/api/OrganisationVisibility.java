package nl.plein.organisations.api;

import jakarta.ejb.Local;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Which organisations the caller may see: other features filter their content with it. */
@Local
public interface OrganisationVisibility {
  /** The organisations the caller is limited to, or empty when the caller sees all of them. */
  Optional<Set<UUID>> visibleOrganisations();

  boolean maySee(UUID organisationId);
}
