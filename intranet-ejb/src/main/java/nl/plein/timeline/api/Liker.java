package nl.plein.timeline.api;

import java.io.Serializable;
import java.time.Instant;
import nl.plein.people.api.PersonRef;

/**
 * Someone who liked a post or comment.
 *
 * @param person who, or null for a colleague the reader may not see (another organisation kept
 *     apart, an account no longer active): counted, not named
 */
public record Liker(PersonRef person, Instant likedAt) implements Serializable {}
