package nl.plein.pages.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * One entry of a space's menu: the top pages, and the children of each page on the way to the
 * current one (so the menu opens where the reader is).
 *
 * @param depth 0 for a top page
 * @param current the page being read
 * @param open on the way to the current page (its children are shown)
 * @param hasChildren whether it has pages under it
 */
public record MenuItem(UUID id, String title, int depth, boolean current, boolean open, boolean hasChildren)
    implements Serializable {}
