package nl.plein.organisations.api;

import java.util.UUID;

/**
 * Fired (as a CDI event, within the transaction) when an organisation, department or location is
 * renamed, so that features which copied the name (the people index) can follow.
 */
public record OrganisationNamesChanged(Kind kind, UUID id) {
  public enum Kind {
    ORGANISATION,
    DEPARTMENT,
    LOCATION
  }
}
