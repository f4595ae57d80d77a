package nl.plein.groups.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import nl.plein.accounts.api.AccountDisabled;
import nl.plein.groups.api.GroupBecameInactive;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.domain.Group;
import nl.plein.groups.domain.GroupMember;

/** Runs within the transaction that disables the account, so the handover commits with it. */
@ApplicationScoped
public class GroupAdministratorHandover {
  private static final Logger LOG = Logger.getLogger(GroupAdministratorHandover.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Event<GroupBecameInactive> becameInactive;

  Clock clock = Clock.systemUTC();

  /**
   * A group always has an administrator: when the last administrator's account is disabled (they
   * left), the member who joined first becomes administrator. A group without other members goes to
   * the community manager's queue at once.
   */
  public void onAccountDisabled(@Observes AccountDisabled disabled) {
    if (disabled.personId() == null) {
      return;
    }
    Instant now = clock.instant();
    List<GroupMember> administered = em.createQuery(
            "select m from GroupMember m where m.key.personId = :p and m.role = :admin", GroupMember.class)
        .setParameter("p", disabled.personId()).setParameter("admin", GroupRole.ADMIN).getResultList();
    for (GroupMember leaving : administered) {
      UUID groupId = leaving.getGroupId();
      long otherAdmins = em.createQuery(
              "select count(m) from GroupMember m, Account a where m.key.groupId = :g and m.role = :admin"
                  + " and a.personId = m.key.personId and a.enabled = true and m.key.personId <> :p", Long.class)
          .setParameter("g", groupId).setParameter("admin", GroupRole.ADMIN).setParameter("p", disabled.personId())
          .getSingleResult();
      if (otherAdmins > 0) {
        continue;
      }
      Optional<GroupMember> successor = em.createQuery(
              "select m from GroupMember m, Account a where m.key.groupId = :g and m.key.personId <> :p"
                  + " and a.personId = m.key.personId and a.enabled = true order by m.joinedAt", GroupMember.class)
          .setParameter("g", groupId).setParameter("p", disabled.personId())
          .setMaxResults(1).getResultStream().findFirst();
      Group group = em.find(Group.class, groupId);
      if (successor.isPresent()) {
        successor.get().changeRole(GroupRole.ADMIN);
        LOG.info(() -> "Group " + groupId + ": administration handed over to its longest-standing member");
      } else if (group.getStatus() == GroupStatus.ACTIVE && group.getInactiveSince() == null) {
        group.markInactive(now);
        becameInactive.fire(new GroupBecameInactive(groupId, List.of()));
      }
    }
  }

}
