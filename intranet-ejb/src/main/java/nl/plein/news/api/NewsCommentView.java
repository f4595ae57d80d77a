package nl.plein.news.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/** A comment under a blog. */
public record NewsCommentView(UUID id, PersonRef author, String html, Instant createdAt, boolean mayDelete)
    implements Serializable {}
