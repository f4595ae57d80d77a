package nl.plein.groups.api;

import java.util.UUID;

/** An administrator approved or denied a request to join; the requester hears the outcome. */
public record JoinRequestDecided(UUID groupId, UUID requesterId, UUID decidedBy, boolean approved) {}
