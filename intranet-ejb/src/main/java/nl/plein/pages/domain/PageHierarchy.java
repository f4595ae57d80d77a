package nl.plein.pages.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.plein.common.api.ConflictException;

/** The menu a space's pages form: each page under at most one parent, never under itself. */
public final class PageHierarchy {
  /** Deeper than this, a menu no longer helps anyone. */
  public static final int MAX_DEPTH = 10;

  private PageHierarchy() {}

  /**
   * Checks that {@code page} may go under {@code newParent}: the new parent is not the page itself
   * nor one of its descendants (that would make a cycle, and the pages would vanish from the
   * menu), and the result is not deeper than {@value #MAX_DEPTH}.
   *
   * @param parentOf the current parent of a page, or null at the top
   * @param depthBelow how many levels the page's subtree has below it (0 for a page without children)
   * @throws ConflictException {@code error.page.cycle} or {@code error.page.tooDeep}
   */
  public static void checkMove(UUID page, UUID newParent, Function<UUID, UUID> parentOf, int depthBelow) {
    if (newParent == null) {
      return;
    }
    Set<UUID> seen = new HashSet<>();
    int depth = 1;
    for (UUID p = newParent; p != null; p = parentOf.apply(p)) {
      if (p.equals(page)) {
        throw new ConflictException("error.knowledge.cycle");
      }
      if (!seen.add(p)) {
        // The stored data already has a loop above: refuse rather than walk forever.
        throw new ConflictException("error.knowledge.cycle");
      }
      depth++;
    }
    if (depth + depthBelow > MAX_DEPTH) {
      throw new ConflictException("error.knowledge.tooDeep", MAX_DEPTH);
    }
  }
}
