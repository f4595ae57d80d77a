package nl.plein.timeline.api;

import java.util.UUID;

/**
 * Someone commented on a post, or replied to a comment on it.
 *
 * @param repliedToAuthorId the author of the comment replied to, or null for a comment
 */
public record PostCommented(UUID postId, UUID postAuthorId, UUID commentAuthorId, UUID repliedToAuthorId) {}
