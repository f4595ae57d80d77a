package nl.plein.timeline.api;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a timeline, newest first.
 *
 * @param nextCursor where the next (older) page starts, or null at the end
 * @param pinned a group's pinned posts, newest pin first, on the first page of its timeline only
 *     (they are in the items too, at their own time)
 */
public record TimelinePage(List<PostView> items, String nextCursor, List<PostView> pinned) implements Serializable {
  public TimelinePage {
    items = List.copyOf(items);
    pinned = pinned == null ? List.of() : List.copyOf(pinned);
  }

  public TimelinePage(List<PostView> items, String nextCursor) {
    this(items, nextCursor, List.of());
  }
}
