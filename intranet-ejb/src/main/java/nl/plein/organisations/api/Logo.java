package nl.plein.organisations.api;

import java.io.Serializable;
import java.time.Instant;

public record Logo(byte[] content, String contentType, Instant updatedAt) implements Serializable {}
