package nl.plein.organisations.api;

import java.io.Serializable;

/** Create or rename an organisation; {@code version} guards against overwriting a newer edit. */
public record OrganisationRequest(String name, String shortName, Integer version)
    implements Serializable {}
