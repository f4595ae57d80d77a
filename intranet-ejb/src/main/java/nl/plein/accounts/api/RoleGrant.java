package nl.plein.accounts.api;

import java.io.Serializable;
import java.util.UUID;

/** A role held for one organisation, or for the whole installation when organisationId is null. */
public record RoleGrant(Role role, UUID organisationId) implements Serializable {}
