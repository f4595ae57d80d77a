package nl.plein.people.api;

import java.io.Serializable;
import java.util.UUID;

/** A person as shown in lists and org charts: name, function and photo or initials. */
public record PersonRef(
    UUID id, String displayName, String initials, String functionTitle, boolean hasPhoto, int photoVersion)
    implements Serializable {}
