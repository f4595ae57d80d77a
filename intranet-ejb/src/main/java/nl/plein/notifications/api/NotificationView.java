package nl.plein.notifications.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/**
 * One notification as the recipient sees it.
 *
 * @param actor the latest person who caused it, or null when there is none (the nightly
 *     inactivity check) or the recipient may no longer see them
 * @param others how many other people caused it as well ("and 4 others")
 * @param subjectTitle the subject's name (a group's), or null when the recipient may no longer see
 *     it, say after leaving a secret group: the notification then names nothing
 */
public record NotificationView(UUID id, NotificationKind kind, PersonRef actor, int others, UUID subjectId,
    String subjectTitle, Instant at, boolean read) implements Serializable {}
