package nl.plein.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import nl.plein.groups.api.GroupBecameInactive;
import nl.plein.groups.api.GroupInvitationSent;
import nl.plein.groups.api.JoinRequestDecided;
import nl.plein.groups.api.JoinRequested;
import nl.plein.notifications.api.NotificationKind;

/** What the groups feature publishes, turned into notifications for the people concerned. */
@ApplicationScoped
public class GroupNotifications {
  @Inject Notifier notifier;

  void onInactive(@Observes GroupBecameInactive event) {
    notifier.notify(event.administratorIds(), NotificationKind.GROUP_INACTIVE, event.groupId(), null);
  }

  void onJoinRequested(@Observes JoinRequested event) {
    notifier.notify(event.administratorIds(), NotificationKind.JOIN_REQUESTED, event.groupId(), event.requesterId());
  }

  void onDecided(@Observes JoinRequestDecided event) {
    notifier.notify(List.of(event.requesterId()),
        event.approved() ? NotificationKind.JOIN_APPROVED : NotificationKind.JOIN_DENIED,
        event.groupId(), event.decidedBy());
  }

  void onInvited(@Observes GroupInvitationSent event) {
    notifier.notify(List.of(event.inviteeId()), NotificationKind.GROUP_INVITATION, event.groupId(), event.invitedBy());
  }
}
