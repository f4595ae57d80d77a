package nl.plein.notifications.api;

/**
 * What a notification is about. A grouped kind collects the actors of one subject into one unread
 * notification ("Anne and 4 others want to join"), instead of one line each.
 */
public enum NotificationKind {
  /** A group the recipient administers entered the inactivity queue; subject: the group. */
  GROUP_INACTIVE(false),
  /** Someone asked to join a group the recipient administers; subject: the group. */
  JOIN_REQUESTED(true),
  /** The recipient's request to join was approved; subject: the group. */
  JOIN_APPROVED(false),
  /** The recipient's request to join was denied; subject: the group. */
  JOIN_DENIED(false),
  /** The recipient was invited to a group; subject: the group. */
  GROUP_INVITATION(false);

  private final boolean grouped;

  NotificationKind(boolean grouped) {
    this.grouped = grouped;
  }

  public boolean isGrouped() {
    return grouped;
  }
}
