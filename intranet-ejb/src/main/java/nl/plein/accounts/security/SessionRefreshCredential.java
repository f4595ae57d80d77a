package nl.plein.accounts.security;

import jakarta.security.enterprise.credential.Credential;

/** Asks the identity store to re-read a logged-in person's roles and account status. */
public record SessionRefreshCredential(String username) implements Credential {}
