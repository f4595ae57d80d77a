package nl.plein.notifications.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.groups.api.GroupService;
import nl.plein.notifications.api.NotificationKind;
import nl.plein.notifications.api.NotificationService;
import nl.plein.notifications.api.NotificationView;
import nl.plein.notifications.domain.Notification;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;

/** The caller's own notifications: nobody reads another person's. */
@Stateless
public class NotificationServiceBean implements NotificationService {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;
  @EJB PersonService people;
  @EJB GroupService groups;
  @EJB nl.plein.timeline.api.TimelineService timeline;

  Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public Page<NotificationView> listOwn(PageRequest page) {
    Optional<UUID> me = user.personId();
    if (me.isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    long total = em.createQuery("select count(n) from Notification n where n.recipientId = :me", Long.class)
        .setParameter("me", me.get()).getSingleResult();
    List<Notification> rows = em.createQuery(
            "select n from Notification n where n.recipientId = :me order by n.updatedAt desc, n.id", Notification.class)
        .setParameter("me", me.get())
        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(views(rows), page.page(), page.size(), total);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public long countUnread() {
    return user.personId()
        .map(me -> em.createQuery(
                "select count(n) from Notification n where n.recipientId = :me and n.readAt is null", Long.class)
            .setParameter("me", me).getSingleResult())
        .orElse(0L);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public NotificationView markRead(UUID notificationId) {
    Notification notification = notificationId == null ? null : em.find(Notification.class, notificationId);
    if (notification == null || !user.personId().map(notification.getRecipientId()::equals).orElse(false)) {
      throw new NotFoundException("error.notification.notFound");
    }
    notification.markRead(clock.instant());
    return views(List.of(notification)).get(0);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public int markAllRead() {
    return user.personId()
        .map(me -> em.createQuery(
                "update Notification n set n.readAt = :now where n.recipientId = :me and n.readAt is null")
            .setParameter("now", clock.instant()).setParameter("me", me).executeUpdate())
        .orElse(0);
  }

  /**
   * Names come in a few queries for the whole page, with the reader's rights: people, group names,
   * post openings.
   */
  private List<NotificationView> views(List<Notification> rows) {
    Set<UUID> actorIds = new HashSet<>();
    Set<UUID> groupIds = new HashSet<>();
    Set<UUID> postIds = new HashSet<>();
    for (Notification n : rows) {
      if (n.getActorId() != null) {
        actorIds.add(n.getActorId());
      }
      (n.getKind().subject() == NotificationKind.Subject.GROUP ? groupIds : postIds).add(n.getSubjectId());
    }
    Map<UUID, PersonRef> actors = people.findRefs(actorIds);
    Map<UUID, String> names = new java.util.HashMap<>(groups.findVisibleNames(groupIds));
    names.putAll(timeline.findReadableSnippets(postIds));
    return rows.stream()
        .map(n -> new NotificationView(n.getId(), n.getKind(),
            n.getActorId() == null ? null : actors.get(n.getActorId()),
            Math.max(0, n.getActorCount() - 1), n.getSubjectId(), names.get(n.getSubjectId()), n.getUpdatedAt(),
            n.isRead()))
        .toList();
  }
}
