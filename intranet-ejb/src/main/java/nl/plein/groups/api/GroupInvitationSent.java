package nl.plein.groups.api;

import java.util.UUID;

/** An administrator invited someone to a group (the only way into a secret one). */
public record GroupInvitationSent(UUID groupId, UUID inviteeId, UUID invitedBy) {}
