package nl.plein.pages.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * An image or document of a page.
 *
 * @param type "IMAGE" or a DocumentType name
 * @param indexable whether its text is searchable; if not, {@code indexProblem} says why (ENCRYPTED, UNREADABLE)
 */
public record PageFileView(UUID id, String name, String type, String typeLabel, long size, boolean image,
    boolean indexable, String indexProblem) implements Serializable {}
