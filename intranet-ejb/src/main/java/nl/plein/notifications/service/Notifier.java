package nl.plein.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import nl.plein.notifications.api.NotificationKind;
import nl.plein.notifications.domain.Notification;

/**
 * Writes notifications. It runs inside the transaction of the use case that caused them, so a
 * notification exists exactly when its cause was committed (a denied request that rolled back
 * notifies no one); sending e-mail, which cannot be rolled back, will observe after success.
 */
@ApplicationScoped
public class Notifier {
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /** Nobody is notified of what they did themselves. */
  public void notify(Collection<UUID> recipients, NotificationKind kind, UUID subjectId, UUID actorId) {
    Instant now = clock.instant();
    for (UUID recipient : recipients) {
      if (recipient == null || recipient.equals(actorId)) {
        continue;
      }
      Notification unread = kind.isGrouped() ? unread(recipient, kind, subjectId) : null;
      if (unread != null) {
        unread.addActor(actorId, now);
      } else {
        em.persist(new Notification(recipient, kind, subjectId, actorId, now));
      }
    }
  }

  private Notification unread(UUID recipient, NotificationKind kind, UUID subjectId) {
    return em.createQuery("select n from Notification n where n.subjectId = :s and n.kind = :k"
            + " and n.recipientId = :r and n.readAt is null", Notification.class)
        .setParameter("s", subjectId).setParameter("k", kind).setParameter("r", recipient)
        .setMaxResults(1).getResultStream().findFirst().orElse(null);
  }
}
