package nl.plein.pages.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/** An old revision as it read then: title, Markdown and the HTML it gives. */
public record RevisionView(UUID pageId, int number, String title, String source, String html, PersonRef author,
    Instant savedAt, String note, int currentRevision) implements Serializable {}
