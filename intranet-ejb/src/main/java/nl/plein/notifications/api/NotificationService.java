package nl.plein.notifications.api;

import jakarta.ejb.Local;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/**
 * The caller's notification centre. Other features publish to it through their own CDI events
 * (a join request, a decision, an invitation, a group becoming inactive); it never calls them back
 * except to name what a notification is about, with the reader's rights.
 */
@Local
public interface NotificationService {
  /** Newest first. */
  Page<NotificationView> listOwn(PageRequest page);

  /** For the badge in the page header; 0 for callers without a profile. */
  long countUnread();

  /** Marks one of the caller's notifications read; another person's is "not found". */
  NotificationView markRead(UUID notificationId);

  /** Returns how many were marked. */
  int markAllRead();
}
