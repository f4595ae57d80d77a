package nl.plein.pages.api;

import java.io.Serializable;
import java.util.UUID;

/** A page named in a menu, a breadcrumb or a list. */
public record PageLink(UUID id, String title) implements Serializable {}
