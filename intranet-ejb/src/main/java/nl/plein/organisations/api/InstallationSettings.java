package nl.plein.organisations.api;

import java.io.Serializable;
import java.time.Instant;

/** What every page needs to know of the installation: name, branding, visibility rule. */
public record InstallationSettings(
    String name,
    String theme,
    String primaryColor,
    boolean organisationsSeparated,
    boolean hasLogo,
    Instant updatedAt,
    int version)
    implements Serializable {}
