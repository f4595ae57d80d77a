package nl.plein.pages.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A page in a list: a space's pages, a page's children, search results of other features. */
public record PageSummary(UUID id, String title, String snippet, Instant updatedAt, LocalDate reviewDate,
    boolean published, long childCount) implements Serializable {}
