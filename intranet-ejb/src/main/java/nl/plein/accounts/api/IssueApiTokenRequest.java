package nl.plein.accounts.api;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

public record IssueApiTokenRequest(String name, Set<ApiScope> scopes, UUID organisationId)
    implements Serializable {}
