package nl.plein.groups.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/** An invitation waiting for the invited person's answer. */
public record InvitationView(UUID id, UUID groupId, String groupName, GroupVisibility visibility,
    PersonRef invitedBy, Instant createdAt) implements Serializable {}
