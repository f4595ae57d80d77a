package nl.plein.pages.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/** A comment under a page. */
public record PageCommentView(UUID id, PersonRef author, String html, Instant createdAt, boolean mayDelete)
    implements Serializable {}
