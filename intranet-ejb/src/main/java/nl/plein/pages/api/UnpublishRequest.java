package nl.plein.pages.api;

import java.util.UUID;

/** Taking a page offline: why (required), and the page that replaces it, if any. */
public record UnpublishRequest(String reason, UUID successorId) {}
