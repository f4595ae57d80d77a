package nl.plein.timeline.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/**
 * A deleted post in the community manager's list, to restore one deleted by mistake.
 *
 * @param deletedBy who deleted it: its author, a group administrator or a community manager
 * @param byAuthor whether its author deleted it
 */
public record DeletedPostView(UUID postId, String snippet, PersonRef author, PersonRef deletedBy, boolean byAuthor,
    Instant createdAt, Instant deletedAt) implements Serializable {}
