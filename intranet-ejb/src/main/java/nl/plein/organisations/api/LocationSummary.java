package nl.plein.organisations.api;

import java.io.Serializable;
import java.util.UUID;

public record LocationSummary(
    UUID id,
    UUID organisationId,
    String name,
    String street,
    String postalCode,
    String city,
    boolean active,
    int version)
    implements Serializable {}
