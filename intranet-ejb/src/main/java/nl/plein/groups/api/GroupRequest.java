package nl.plein.groups.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * Creating or changing a group. {@code organisationId} is the organisation it belongs to (null:
 * the caller's own); {@code shared} opens it to all organisations of the installation.
 */
public record GroupRequest(
    String name, String description, GroupVisibility visibility, UUID organisationId, boolean shared, int version)
    implements Serializable {}
