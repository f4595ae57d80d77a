package nl.plein.groups.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.common.api.Validator;
import nl.plein.groups.api.GroupInvitationSent;
import nl.plein.groups.api.GroupMemberView;
import nl.plein.groups.api.GroupMembershipService;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.api.InvitationView;
import nl.plein.groups.api.JoinRequestDecided;
import nl.plein.groups.api.JoinRequestView;
import nl.plein.groups.api.JoinRequested;
import nl.plein.groups.domain.Group;
import nl.plein.groups.domain.GroupInvitation;
import nl.plein.groups.domain.GroupMember;
import nl.plein.groups.domain.JoinRequest;
import nl.plein.organisations.api.OrganisationVisibility;
import nl.plein.people.domain.Person;

/**
 * Membership use cases. Every change to an archived group is refused (read-only), and a group
 * always keeps at least one administrator.
 */
@Stateless
public class GroupMembershipServiceBean implements GroupMembershipService {
  @PersistenceContext EntityManager em;
  @Inject GroupAccessPolicy policy;
  @Inject OrganisationVisibility organisations;
  @Inject Event<JoinRequested> joinRequested;
  @Inject Event<JoinRequestDecided> joinRequestDecided;
  @Inject Event<GroupInvitationSent> invitationSent;

  Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void join(UUID groupId) {
    UUID me = policy.requirePerson();
    Group group = policy.checkSee(em.find(Group.class, groupId));
    group.checkActive();
    if (policy.isMember(group)) {
      return;
    }
    if (group.getVisibility() == GroupVisibility.SECRET) {
      // Someone invited may see it, but joins by accepting the invitation.
      throw new NotFoundException("error.group.notFound");
    }
    if (group.getVisibility() == GroupVisibility.CLOSED) {
      throw new ConflictException("error.group.requestNeeded");
    }
    if (!policy.inScope(group)) {
      throw new ConflictException("error.group.outOfScope");
    }
    addMember(group, me, GroupRole.MEMBER);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public UUID requestToJoin(UUID groupId, String message) {
    UUID me = policy.requirePerson();
    Group group = policy.checkSee(em.find(Group.class, groupId));
    String text = Validator.clean(message);
    new Validator().maxLength("message", text, MAX_MESSAGE).throwIfInvalid();
    group.checkActive();
    if (group.getVisibility() == GroupVisibility.SECRET) {
      throw new NotFoundException("error.group.notFound");
    }
    if (policy.isMember(group)) {
      throw new ConflictException("error.group.alreadyMember");
    }
    if (group.getVisibility() == GroupVisibility.OPEN) {
      throw new ConflictException("error.group.justJoin");
    }
    if (!policy.inScope(group)) {
      throw new ConflictException("error.group.outOfScope");
    }
    if (pendingRequest(groupId, me) != null) {
      throw new ConflictException("error.group.requestPending");
    }
    JoinRequest request = new JoinRequest(groupId, me, text, clock.instant());
    em.persist(request);
    joinRequested.fire(new JoinRequested(groupId, me, adminIds(groupId)));
    return request.getId();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void withdrawRequest(UUID groupId) {
    UUID me = policy.requirePerson();
    policy.checkSee(em.find(Group.class, groupId));
    JoinRequest request = pendingRequest(groupId, me);
    if (request != null) {
      request.withdraw(clock.instant());
    }
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void leave(UUID groupId) {
    UUID me = policy.requirePerson();
    Group group = policy.checkSee(em.find(Group.class, groupId));
    group.checkActive();
    GroupMember membership = em.find(GroupMember.class, new GroupMember.Key(groupId, me));
    if (membership == null) {
      return;
    }
    if (membership.isAdmin() && adminCount(groupId) == 1) {
      throw new ConflictException(group.getMemberCount() > 1 ? "error.group.lastAdminLeaves" : "error.group.lastMemberLeaves");
    }
    removeMembership(group, membership);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<GroupMemberView> listMembers(UUID groupId, String text, PageRequest page) {
    Group group = policy.checkSee(em.find(Group.class, groupId));
    String q = Validator.clean(text);
    new Validator().maxLength("q", q, GroupServiceBean.MAX_QUERY).throwIfInvalid();
    if (!policy.maySeeMembers(group)) {
      throw new nl.plein.common.api.AccessDeniedException("error.group.membersOnly");
    }
    // Where organisations are kept apart, a shared group lists only the members the caller may see.
    java.util.Optional<java.util.Set<UUID>> only = organisations.visibleOrganisations();
    String where = " from GroupMember m, Person p where p.id = m.key.personId and m.key.groupId = :g and p.active = true"
        + (only.isPresent() ? " and p.organisation.id in :orgs" : "")
        + (q == null ? "" : " and (lower(p.sortName) like :q or lower(concat(p.givenName, ' ', p.surname)) like :q)");
    if (only.isPresent() && only.get().isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    if (q == null && only.isEmpty()) {
      return firstMembers(group, page);
    }
    var count = em.createQuery("select count(m)" + where, Long.class).setParameter("g", groupId);
    var rows = em.createQuery("select m, p" + where + " order by m.role, m.sortName", Object[].class)
        .setParameter("g", groupId);
    only.ifPresent(orgs -> {
      count.setParameter("orgs", orgs);
      rows.setParameter("orgs", orgs);
    });
    if (q != null) {
      String pattern = "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
      count.setParameter("q", pattern);
      rows.setParameter("q", pattern);
    }
    List<GroupMemberView> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
        .map(r -> {
          GroupMember m = (GroupMember) r[0];
          return new GroupMemberView(((Person) r[1]).ref(), m.getRole(), m.getJoinedAt());
        })
        .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  /**
   * The plain member list, the one a group with 15,000 members opens with: the page comes straight
   * from the index on (group, role, sort name), the people by their ids, the total from the group's
   * member count. No join over all members, no count over them.
   */
  private Page<GroupMemberView> firstMembers(Group group, PageRequest page) {
    List<GroupMember> rows = em.createQuery(
            "select m from GroupMember m where m.key.groupId = :g order by m.role, m.sortName", GroupMember.class)
        .setParameter("g", group.getId())
        .setFirstResult(page.offset()).setMaxResults(page.size())
        .getResultList();
    java.util.Map<UUID, Person> people = em.unwrap(org.hibernate.Session.class).byMultipleIds(Person.class)
        .enableOrderedReturn(false)
        .multiLoad(rows.stream().map(GroupMember::getPersonId).toList()).stream()
        .filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.toMap(Person::getId, p -> p));
    List<GroupMemberView> items = rows.stream()
        .filter(m -> people.containsKey(m.getPersonId()) && people.get(m.getPersonId()).isActive())
        .map(m -> new GroupMemberView(people.get(m.getPersonId()).ref(), m.getRole(), m.getJoinedAt()))
        .toList();
    return new Page<>(items, page.page(), page.size(), group.getMemberCount());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<JoinRequestView> listJoinRequests(UUID groupId, PageRequest page) {
    Group group = em.find(Group.class, groupId);
    policy.checkAdmin(group);
    String where = " from JoinRequest r, Person p where p.id = r.personId and r.groupId = :g and r.status = :pending";
    long total = em.createQuery("select count(r)" + where, Long.class)
        .setParameter("g", groupId).setParameter("pending", JoinRequest.Status.PENDING).getSingleResult();
    List<JoinRequestView> items = em.createQuery("select r, p" + where + " order by r.createdAt", Object[].class)
        .setParameter("g", groupId).setParameter("pending", JoinRequest.Status.PENDING)
        .setFirstResult(page.offset()).setMaxResults(page.size())
        .getResultStream()
        .map(row -> {
          JoinRequest r = (JoinRequest) row[0];
          return new JoinRequestView(r.getId(), r.getGroupId(), ((Person) row[1]).ref(), r.getMessage(), r.getCreatedAt());
        })
        .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void decide(UUID groupId, UUID requestId, boolean approve, String message) {
    UUID me = policy.requirePerson();
    JoinRequest request = requestId == null ? null : em.find(JoinRequest.class, requestId);
    if (request == null || !request.getGroupId().equals(groupId)) {
      throw new NotFoundException("error.group.requestNotFound");
    }
    Group group = em.find(Group.class, request.getGroupId());
    policy.checkAdmin(group);
    String text = Validator.clean(message);
    new Validator().maxLength("message", text, MAX_MESSAGE).throwIfInvalid();
    group.checkActive();
    request.decide(approve, me, text, clock.instant());
    if (approve && em.find(GroupMember.class, new GroupMember.Key(group.getId(), request.getPersonId())) == null) {
      addMember(group, request.getPersonId(), GroupRole.MEMBER);
    }
    joinRequestDecided.fire(new JoinRequestDecided(groupId, request.getPersonId(), me, approve));
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void invite(UUID groupId, UUID personId) {
    UUID me = policy.requirePerson();
    Group group = em.find(Group.class, groupId);
    policy.checkAdmin(group);
    group.checkActive();
    if (personId == null) {
      throw ValidationException.of("personId", "error.field.required");
    }
    Person person = em.find(Person.class, personId);
    if (person == null || !person.isActive() || !organisations.maySee(person.getOrganisation().getId())) {
      throw ValidationException.of("personId", "error.person.notFound");
    }
    if (!group.isShared() && !person.getOrganisation().getId().equals(group.getOrganisationId())) {
      throw ValidationException.of("personId", "error.group.inviteOutOfScope");
    }
    if (em.find(GroupMember.class, new GroupMember.Key(groupId, personId)) != null) {
      throw ValidationException.of("personId", "error.group.alreadyMember");
    }
    boolean invited = em.createQuery(
            "select count(i) from GroupInvitation i where i.groupId = :g and i.personId = :p and i.status = :pending", Long.class)
        .setParameter("g", groupId).setParameter("p", personId).setParameter("pending", GroupInvitation.Status.PENDING)
        .getSingleResult() > 0;
    if (!invited) {
      em.persist(new GroupInvitation(groupId, personId, me, clock.instant()));
      invitationSent.fire(new GroupInvitationSent(groupId, personId, me));
    }
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public List<InvitationView> listOwnInvitations() {
    UUID me = policy.requirePerson();
    return em.createQuery(
            "select i, g, p from GroupInvitation i, Group g, Person p where g.id = i.groupId and p.id = i.invitedBy"
                + " and i.personId = :me and i.status = :pending and g.status = :active order by i.createdAt desc",
            Object[].class)
        .setParameter("me", me).setParameter("pending", GroupInvitation.Status.PENDING)
        .setParameter("active", nl.plein.groups.api.GroupStatus.ACTIVE)
        .setMaxResults(PageRequest.MAX_SIZE)
        .getResultStream()
        .map(r -> {
          GroupInvitation i = (GroupInvitation) r[0];
          Group g = (Group) r[1];
          return new InvitationView(i.getId(), g.getId(), g.getName(), g.getVisibility(), ((Person) r[2]).ref(),
              i.getCreatedAt());
        })
        .toList();
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void answerInvitation(UUID invitationId, boolean accept) {
    UUID me = policy.requirePerson();
    GroupInvitation invitation = em.find(GroupInvitation.class, invitationId);
    if (invitation == null || !invitation.getPersonId().equals(me)) {
      throw new NotFoundException("error.group.invitationNotFound");
    }
    Group group = em.find(Group.class, invitation.getGroupId());
    group.checkActive();
    invitation.answer(accept, clock.instant());
    if (accept && em.find(GroupMember.class, new GroupMember.Key(group.getId(), me)) == null) {
      addMember(group, me, GroupRole.MEMBER);
    }
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void changeRole(UUID groupId, UUID personId, GroupRole role) {
    Group group = em.find(Group.class, groupId);
    policy.checkAdmin(group);
    group.checkActive();
    if (role == null) {
      throw ValidationException.of("role", "error.field.required");
    }
    GroupMember membership = member(groupId, personId);
    if (membership.getRole() == role) {
      return;
    }
    if (membership.isAdmin() && adminCount(groupId) == 1) {
      throw new ConflictException("error.group.lastAdmin");
    }
    membership.changeRole(role);
    group.recordActivity(clock.instant());
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void removeMember(UUID groupId, UUID personId) {
    Group group = em.find(Group.class, groupId);
    policy.checkAdmin(group);
    group.checkActive();
    GroupMember membership = member(groupId, personId);
    if (membership.isAdmin() && adminCount(groupId) == 1) {
      throw new ConflictException("error.group.lastAdmin");
    }
    removeMembership(group, membership);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void transferAdministration(UUID groupId, UUID personId) {
    UUID me = policy.requirePerson();
    Group group = em.find(Group.class, groupId);
    policy.checkAdmin(group);
    group.checkActive();
    if (me.equals(personId)) {
      throw ValidationException.of("personId", "error.group.transferSelf");
    }
    member(groupId, personId).changeRole(GroupRole.ADMIN);
    member(groupId, me).changeRole(GroupRole.MEMBER);
    group.recordActivity(clock.instant());
    policy.forget();
  }

  /** Keeps the members' sort names in step with the people's (PersonRenamed, same transaction). */
  @jakarta.enterprise.context.ApplicationScoped
  public static class RenameFollower {
    @PersistenceContext EntityManager em;

    public void onRenamed(@jakarta.enterprise.event.Observes nl.plein.people.api.PersonRenamed renamed) {
      em.createQuery("update GroupMember m set m.sortName = :s where m.key.personId = :p")
          .setParameter("s", renamed.sortName()).setParameter("p", renamed.personId()).executeUpdate();
    }
  }

  private GroupMember member(UUID groupId, UUID personId) {
    GroupMember membership = personId == null ? null : em.find(GroupMember.class, new GroupMember.Key(groupId, personId));
    if (membership == null) {
      throw new NotFoundException("error.group.memberNotFound");
    }
    return membership;
  }

  private void addMember(Group group, UUID personId, GroupRole role) {
    Instant now = clock.instant();
    em.persist(new GroupMember(group.getId(), personId, em.find(Person.class, personId).getSortName(), role, now));
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      throw new ConflictException("error.group.alreadyMember"); // a double click: the first one joined
    }
    group.recountedMembers(memberCount(group.getId()));
    group.recordActivity(now);
    policy.forget();
  }

  private void removeMembership(Group group, GroupMember membership) {
    em.remove(membership);
    em.flush();
    group.recountedMembers(memberCount(group.getId()));
    group.recordActivity(clock.instant());
    policy.forget();
  }

  private long memberCount(UUID groupId) {
    return em.createQuery("select count(m) from GroupMember m where m.key.groupId = :g", Long.class)
        .setParameter("g", groupId).getSingleResult();
  }

  private List<UUID> adminIds(UUID groupId) {
    return em.createQuery("select m.key.personId from GroupMember m where m.key.groupId = :g and m.role = :admin", UUID.class)
        .setParameter("g", groupId).setParameter("admin", GroupRole.ADMIN).getResultList();
  }

  private long adminCount(UUID groupId) {
    return em.createQuery("select count(m) from GroupMember m where m.key.groupId = :g and m.role = :admin", Long.class)
        .setParameter("g", groupId).setParameter("admin", GroupRole.ADMIN).getSingleResult();
  }

  private JoinRequest pendingRequest(UUID groupId, UUID personId) {
    return em.createQuery(
            "select r from JoinRequest r where r.groupId = :g and r.personId = :p and r.status = :pending", JoinRequest.class)
        .setParameter("g", groupId).setParameter("p", personId).setParameter("pending", JoinRequest.Status.PENDING)
        .getResultStream().findFirst().orElse(null);
  }
}
