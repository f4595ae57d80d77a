package nl.plein.platform.rest;

import java.util.UUID;
import nl.plein.people.api.PersonRef;

/** A reference in an answer: the id of a person, group or organisation with its name (schema Verwijzing). */
public record Verwijzing(UUID id, String naam) {
  /** A person, or null for none. */
  public static Verwijzing of(PersonRef p) {
    return p == null ? null : new Verwijzing(p.id(), p.displayName());
  }
}
