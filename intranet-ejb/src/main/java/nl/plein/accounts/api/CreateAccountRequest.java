package nl.plein.accounts.api;

import java.io.Serializable;
import java.util.UUID;

public record CreateAccountRequest(
    String username, String displayName, String email, UUID organisationId, String password)
    implements Serializable {}
