package nl.plein.groups.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.domain.Group;
import nl.plein.groups.domain.GroupInvitation;

/**
 * Who sees which group and who may do what in it.
 *
 * <ul>
 *   <li>A group is in scope for the people of its organisation, or for everyone when it is shared
 *       (also when the installation keeps organisations apart: sharing is explicit).
 *   <li>Open and closed groups are seen by everyone in scope; a secret group only by its members
 *       and the people invited to it. For everyone else it does not exist: "not found", never
 *       "forbidden".
 *   <li>A group's administrators manage it; community managers (for its organisation or the whole
 *       installation) archive, keep and restore it.
 * </ul>
 */
@RequestScoped
public class GroupAccessPolicy {
  @Inject CurrentUser user;
  @PersistenceContext EntityManager em;

  private Map<UUID, GroupRole> memberships;
  private Set<UUID> invitations;

  public Optional<UUID> callerPersonId() {
    return user.personId();
  }

  public UUID requirePerson() {
    return user.personId().orElseThrow(() -> new AccessDeniedException("error.group.noProfile"));
  }

  /** The caller's own organisation (a person's, or an organisation token's). */
  public Optional<UUID> callerOrganisation() {
    return user.organisationId();
  }

  /** Installation-wide callers see every organisation's open and closed groups. */
  public boolean seesAllOrganisations() {
    return user.hasInstallationRole(Role.FUNCTIONAL_ADMIN)
        || user.hasInstallationRole(Role.COMMUNITY_MANAGER)
        || (user.isApiClient() && user.organisationId().isEmpty());
  }

  public Map<UUID, GroupRole> memberships() {
    if (memberships == null) {
      memberships = new HashMap<>();
      user.personId().ifPresent(me -> em.createQuery(
              "select m.key.groupId, m.role from GroupMember m where m.key.personId = :me", Object[].class)
          .setParameter("me", me)
          .getResultStream()
          .forEach(r -> memberships.put((UUID) r[0], (GroupRole) r[1])));
    }
    return memberships;
  }

  public Set<UUID> invitedTo() {
    if (invitations == null) {
      invitations = new HashSet<>();
      user.personId().ifPresent(me -> invitations.addAll(em.createQuery(
              "select i.groupId from GroupInvitation i where i.personId = :me and i.status = :pending", UUID.class)
          .setParameter("me", me)
          .setParameter("pending", GroupInvitation.Status.PENDING)
          .getResultList()));
    }
    return invitations;
  }

  /** Groups the caller sees whatever their visibility: their own and those they are invited to. */
  public Set<UUID> knownGroups() {
    Set<UUID> ids = new HashSet<>(memberships().keySet());
    ids.addAll(invitedTo());
    return ids;
  }

  public Optional<GroupRole> roleIn(Group group) {
    return Optional.ofNullable(memberships().get(group.getId()));
  }

  public boolean isMember(Group group) {
    return memberships().containsKey(group.getId());
  }

  public boolean isAdmin(Group group) {
    return memberships().get(group.getId()) == GroupRole.ADMIN;
  }

  public boolean inScope(Group group) {
    return group.isShared()
        || seesAllOrganisations()
        || user.organisationId().map(group.getOrganisationId()::equals).orElse(false);
  }

  public boolean maySee(Group group) {
    if (group == null) {
      return false;
    }
    if (knownGroups().contains(group.getId())) {
      return true;
    }
    return group.getVisibility() != GroupVisibility.SECRET && inScope(group);
  }

  public Group checkSee(Group group) {
    if (!maySee(group)) {
      throw new NotFoundException("error.group.notFound");
    }
    return group;
  }

  /** May the caller see who the members are? Open groups show them to all, others to members. */
  public boolean maySeeMembers(Group group) {
    return isMember(group) || group.getVisibility() == GroupVisibility.OPEN;
  }

  public void checkAdmin(Group group) {
    checkSee(group);
    if (!isAdmin(group)) {
      throw new AccessDeniedException("error.group.notAdmin");
    }
  }

  public boolean isSteward(Group group) {
    return user.hasRoleFor(Role.COMMUNITY_MANAGER, group.getOrganisationId());
  }

  public void checkSteward(Group group) {
    if (!isSteward(group)) {
      throw AccessDeniedException.generic();
    }
  }

  /** The organisations whose groups the caller stewards, or empty for all of them. */
  public Optional<Set<UUID>> stewardedOrganisations() {
    if (user.hasInstallationRole(Role.COMMUNITY_MANAGER)) {
      return Optional.empty();
    }
    return Optional.of(user.organisationsWithRole(Role.COMMUNITY_MANAGER));
  }

  /** Called after the caller's memberships change within the request. */
  void forget() {
    memberships = null;
    invitations = null;
  }
}
