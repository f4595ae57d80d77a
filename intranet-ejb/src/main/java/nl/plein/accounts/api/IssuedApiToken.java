package nl.plein.accounts.api;

import java.io.Serializable;
import java.util.UUID;

/** The token's secret is shown once, at issue; Plein keeps only its hash. */
public record IssuedApiToken(UUID id, String secret) implements Serializable {}
