package nl.plein.groups.service;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupSummary;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.domain.Group;
import nl.plein.organisations.domain.Organisation;

/** Builds what leaves the feature: group entities and index hits become {@link GroupSummary}. */
@Dependent
class GroupViews {
  @PersistenceContext EntityManager em;
  @Inject GroupAccessPolicy policy;

  GroupSummary summary(Group g, GroupRole myRole) {
    return new GroupSummary(g.getId(), g.getName(), g.getDescription(), g.getVisibility(), g.getOrganisationId(),
        organisationName(g.getOrganisationId()), g.isShared(), g.getStatus(), g.getMemberCount(),
        g.getLastActivityAt(), g.isHasImage(), g.getVersion(), myRole);
  }

  /** From an index hit: nothing is loaded but the organisation's name (second-level cache). */
  GroupSummary summary(UUID id, String name, String description, GroupVisibility visibility, UUID organisationId,
      boolean shared, GroupStatus status, Integer memberCount, Instant lastActivityAt, boolean hasImage,
      Integer version) {
    return new GroupSummary(id, name, description, visibility, organisationId, organisationName(organisationId),
        shared, status, memberCount == null ? 0 : memberCount, lastActivityAt, hasImage,
        version == null ? 0 : version, policy.memberships().get(id));
  }

  private String organisationName(UUID id) {
    Organisation o = em.find(Organisation.class, id);
    return o == null ? null : o.getName();
  }
}
