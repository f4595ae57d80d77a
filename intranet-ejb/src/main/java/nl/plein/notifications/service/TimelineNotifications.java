package nl.plein.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import nl.plein.notifications.api.NotificationKind;
import nl.plein.timeline.api.PeopleMentioned;
import nl.plein.timeline.api.PostCommented;
import nl.plein.timeline.api.PostLiked;

/** What the timeline publishes, turned into notifications: mentions, comments, replies, likes. */
@ApplicationScoped
public class TimelineNotifications {
  @Inject Notifier notifier;

  void onMentioned(@Observes PeopleMentioned event) {
    notifier.notify(event.personIds(), NotificationKind.MENTIONED, event.postId(), event.authorId());
  }

  /** The post's author hears of comments; the author of a comment replied to, of the reply (once). */
  void onCommented(@Observes PostCommented event) {
    notifier.notify(List.of(event.postAuthorId()), NotificationKind.COMMENTED, event.postId(), event.commentAuthorId());
    if (event.repliedToAuthorId() != null && !event.repliedToAuthorId().equals(event.postAuthorId())) {
      notifier.notify(List.of(event.repliedToAuthorId()), NotificationKind.REPLIED, event.postId(),
          event.commentAuthorId());
    }
  }

  void onLiked(@Observes PostLiked event) {
    notifier.notify(List.of(event.postAuthorId()), NotificationKind.LIKED, event.postId(), event.likerId());
  }
}
