package nl.plein.organisations.api;

import java.io.Serializable;
import java.util.UUID;

/** A department as shown in a tree: {@code depth} 0 is a top-level department. */
public record DepartmentSummary(
    UUID id, UUID organisationId, UUID parentId, String name, boolean active, int depth, int version)
    implements Serializable {}
