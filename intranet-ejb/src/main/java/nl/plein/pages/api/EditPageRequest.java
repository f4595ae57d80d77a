package nl.plein.pages.api;

/**
 * A save of a page.
 *
 * @param baseRevision the revision the writer started from: if someone saved after it, the save is
 *     refused as a conflict (nothing is lost; the writer compares and merges)
 * @param note what changed, optional
 */
public record EditPageRequest(int baseRevision, String title, String text, String note) {}
