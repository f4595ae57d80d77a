package nl.plein.groups.api;

import java.util.UUID;

/**
 * A group's visibility or sharing changed: who may read its content changed too. Features that
 * keep the group's readers with their content (the timeline's index) bring them up to date.
 */
public record GroupAudienceChanged(UUID groupId, GroupVisibility visibility, boolean shared, UUID organisationId) {}
