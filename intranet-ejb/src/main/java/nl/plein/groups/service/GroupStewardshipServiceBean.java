package nl.plein.groups.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.Validator;
import nl.plein.groups.api.GroupBecameInactive;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupStewardshipService;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.api.InactiveGroup;
import nl.plein.groups.domain.Group;
import nl.plein.groups.domain.GroupMember;
import nl.plein.people.api.PersonRef;
import nl.plein.people.domain.Person;

/** Inactivity, archiving and keeping a group administered when its administrator leaves. */
@Stateless
public class GroupStewardshipServiceBean implements GroupStewardshipService {
  private static final Logger LOG = Logger.getLogger(GroupStewardshipServiceBean.class.getName());

  @PersistenceContext EntityManager em;
  @Inject GroupAccessPolicy policy;
  @Inject Event<GroupBecameInactive> becameInactive;

  Clock clock = Clock.systemUTC();

  /** The threshold: {@code PLEIN_GROUP_INACTIVITY_MONTHS} (CLI: system property), default 6. */
  static Duration threshold() {
    int months = Integer.getInteger("plein.groups.inactivity-months", 6);
    return Duration.ofDays(Math.max(1, months) * 30L);
  }

  @Schedule(hour = "3", minute = "7", persistent = false)
  void daily() {
    int marked = markInactiveGroups();
    if (marked > 0) {
      LOG.info(() -> marked + " group(s) entered the inactivity queue");
    }
  }

  @Override
  @PermitAll
  public int markInactiveGroups() {
    Instant now = clock.instant();
    List<Group> groups = em.createQuery(
            "select g from Group g where g.status = :active and g.inactiveSince is null and g.lastActivityAt < :cutoff",
            Group.class)
        .setParameter("active", GroupStatus.ACTIVE)
        .setParameter("cutoff", now.minus(threshold()))
        .getResultList();
    for (Group g : groups) {
      g.markInactive(now);
      becameInactive.fire(new GroupBecameInactive(g.getId(), adminIds(g.getId())));
    }
    return groups.size();
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public Page<InactiveGroup> listInactiveGroups(PageRequest page) {
    // Requests to keep first: they wait for a decision.
    return queue(" and g.inactiveSince is not null",
        " order by case when g.keepRequestedAt is null then 1 else 0 end, g.inactiveSince, g.nameKey",
        GroupStatus.ACTIVE, page);
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public Page<InactiveGroup> listArchivedGroups(PageRequest page) {
    return queue("", " order by g.archivedAt desc, g.nameKey", GroupStatus.ARCHIVED, page);
  }

  private Page<InactiveGroup> queue(String condition, String order, GroupStatus status, PageRequest page) {
    Optional<Set<UUID>> orgs = policy.stewardedOrganisations();
    if (orgs.isPresent() && orgs.get().isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    String where = " from Group g where g.status = :status" + condition
        + (orgs.isPresent() ? " and g.organisationId in :orgs" : "");
    var count = em.createQuery("select count(g)" + where, Long.class).setParameter("status", status);
    var query = em.createQuery("select g" + where + order, Group.class).setParameter("status", status);
    orgs.ifPresent(ids -> {
      count.setParameter("orgs", ids);
      query.setParameter("orgs", ids);
    });
    List<Group> groups = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<UUID, List<PersonRef>> admins = admins(groups.stream().map(Group::getId).toList());
    List<InactiveGroup> items = groups.stream()
        .map(g -> new InactiveGroup(g.getId(),
            g.getVisibility() == GroupVisibility.SECRET && !policy.isMember(g) ? null : g.getName(),
            g.getVisibility(), g.getMemberCount(), g.getLastActivityAt(),
            status == GroupStatus.ARCHIVED ? g.getArchivedAt() : g.getInactiveSince(), g.getKeepReason(),
            admins.getOrDefault(g.getId(), List.of())))
        .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void requestToKeep(UUID groupId, String reason) {
    Group group = em.find(Group.class, groupId);
    policy.checkAdmin(group);
    String text = Validator.clean(reason);
    new Validator().required("reason", text).maxLength("reason", text, MAX_REASON).throwIfInvalid();
    group.requestToKeep(text, clock.instant());
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public void keep(UUID groupId) {
    stewarded(groupId).keep(clock.instant());
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public void archive(UUID groupId) {
    stewarded(groupId).archive(clock.instant());
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public void restore(UUID groupId) {
    stewarded(groupId).restore(clock.instant());
  }

  /** Community managers act on any group of their organisations, secret ones included. */
  private Group stewarded(UUID groupId) {
    Group group = groupId == null ? null : em.find(Group.class, groupId);
    if (group == null) {
      throw new NotFoundException("error.group.notFound");
    }
    policy.checkSteward(group);
    return group;
  }

  private List<UUID> adminIds(UUID groupId) {
    return em.createQuery("select m.key.personId from GroupMember m where m.key.groupId = :g and m.role = :admin", UUID.class)
        .setParameter("g", groupId).setParameter("admin", GroupRole.ADMIN).getResultList();
  }

  private Map<UUID, List<PersonRef>> admins(List<UUID> groupIds) {
    if (groupIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select m.key.groupId, p from GroupMember m, Person p where p.id = m.key.personId"
                + " and m.key.groupId in :ids and m.role = :admin order by m.joinedAt", Object[].class)
        .setParameter("ids", groupIds).setParameter("admin", GroupRole.ADMIN)
        .getResultStream()
        .collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> ((Person) r[1]).ref(), Collectors.toList())));
  }
}
