package nl.plein.notifications.api;

/**
 * What a notification is about. A grouped kind collects the actors of one subject into one unread
 * notification ("Anne and 4 others want to join"), instead of one line each.
 */
public enum NotificationKind {
  /** A group the recipient administers entered the inactivity queue. */
  GROUP_INACTIVE(Subject.GROUP, false),
  /** Someone asked to join a group the recipient administers. */
  JOIN_REQUESTED(Subject.GROUP, true),
  /** The recipient's request to join was approved. */
  JOIN_APPROVED(Subject.GROUP, false),
  /** The recipient's request to join was denied. */
  JOIN_DENIED(Subject.GROUP, false),
  /** The recipient was invited to a group. */
  GROUP_INVITATION(Subject.GROUP, false),
  /** Someone mentioned the recipient in a post or in a comment on it. */
  MENTIONED(Subject.POST, false),
  /** Someone commented on the recipient's post. */
  COMMENTED(Subject.POST, true),
  /** Someone replied to the recipient's comment on a post. */
  REPLIED(Subject.POST, true),
  /** Someone likes the recipient's post. */
  LIKED(Subject.POST, true);

  /** What the subject id names. */
  public enum Subject {
    GROUP,
    POST
  }

  private final Subject subject;
  private final boolean grouped;

  NotificationKind(Subject subject, boolean grouped) {
    this.subject = subject;
    this.grouped = grouped;
  }

  public Subject subject() {
    return subject;
  }

  public boolean isGrouped() {
    return grouped;
  }
}
