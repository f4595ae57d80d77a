package nl.plein.pages.api;

import java.io.Serializable;
import java.time.Instant;
import nl.plein.people.api.PersonRef;

/**
 * One save in a page's history, newest first.
 *
 * @param restoredFrom the revision it brought back, or null
 */
public record RevisionSummary(int number, String title, PersonRef author, Instant savedAt, String note,
    Integer restoredFrom, boolean current) implements Serializable {}
