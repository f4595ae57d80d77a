package nl.plein.pages.api;

import java.util.UUID;

/**
 * A new page: in a department or a group (one of the two), or under a parent page (whose space it
 * then joins; the department and group are then ignored).
 */
public record CreatePageRequest(UUID departmentId, UUID groupId, UUID parentId, String title, String text) {}
