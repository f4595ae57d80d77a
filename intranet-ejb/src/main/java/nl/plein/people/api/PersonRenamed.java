package nl.plein.people.api;

import java.util.UUID;

/**
 * Fired (as a CDI event, within the transaction) when a person's name changes, with the new sort
 * name ("vries, jan de"), for features that keep it beside their own rows, such as group members.
 */
public record PersonRenamed(UUID personId, String sortName) {}
