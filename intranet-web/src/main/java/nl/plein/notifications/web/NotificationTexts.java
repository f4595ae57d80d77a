package nl.plein.notifications.web;

import java.util.Locale;
import nl.plein.notifications.api.NotificationKind;
import nl.plein.notifications.api.NotificationView;
import nl.plein.platform.web.MessageTexts;

/**
 * The sentence and the destination of a notification. A notification whose subject the reader may
 * no longer see (a secret group they left) names nothing and leads nowhere but the list.
 */
public final class NotificationTexts {
  static final String LIST = "/notifications/index.xhtml";

  private NotificationTexts() {}

  /** "Anne de Vries en 4 anderen willen lid worden van Ambassadeurs intranet." */
  public static String sentence(NotificationView n, Locale locale) {
    String actor = n.actor() == null ? MessageTexts.ui(locale, "notifications.someone") : n.actor().displayName();
    String key = "notifications.kind." + n.kind().name();
    String subject = n.subjectTitle();
    if (subject == null && n.kind().subject() == NotificationKind.Subject.POST) {
      key += ".hidden"; // the sentence without the post's words
    } else if (subject == null) {
      subject = MessageTexts.ui(locale, "notifications.hiddenGroup");
    }
    String text = MessageTexts.ui(locale, key, actor, subject, n.others());
    // A sentence may begin with the subject ("een groep is ..."): its first letter is a capital.
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }

  /** The view the notification leads to, with its query string. */
  public static String target(NotificationView n) {
    if (n.subjectTitle() == null) {
      return LIST;
    }
    if (n.kind().subject() == NotificationKind.Subject.POST) {
      return "/timeline/post.xhtml?id=" + n.subjectId();
    }
    return (n.kind() == NotificationKind.JOIN_REQUESTED ? "/groups/requests.xhtml" : "/groups/group.xhtml")
        + "?id=" + n.subjectId();
  }
}
