package nl.plein.accounts.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of an API token, sent as {@code Authorization: Bearer <secret>}. */
public record ApiTokenCredential(String secret) implements Credential {}
