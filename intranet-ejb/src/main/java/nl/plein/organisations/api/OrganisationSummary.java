package nl.plein.organisations.api;

import java.io.Serializable;
import java.util.UUID;

public record OrganisationSummary(UUID id, String name, String shortName, boolean active)
    implements Serializable {}
