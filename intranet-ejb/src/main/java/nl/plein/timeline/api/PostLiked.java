package nl.plein.timeline.api;

import java.util.UUID;

/** Someone likes a post. */
public record PostLiked(UUID postId, UUID postAuthorId, UUID likerId) {}
