package nl.plein.organisations.api;

import java.io.Serializable;

public record UpdateInstallationSettingsRequest(
    String name, String theme, String primaryColor, boolean organisationsSeparated, int version)
    implements Serializable {}
