package nl.plein.groups.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/** A pending request to join, as the group's administrators see it. */
public record JoinRequestView(UUID id, UUID groupId, PersonRef person, String message, Instant createdAt)
    implements Serializable {}
