package nl.plein.timeline.api;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a timeline, newest first.
 *
 * @param nextCursor where the next (older) page starts, or null at the end
 */
public record TimelinePage(List<PostView> items, String nextCursor) implements Serializable {
  public TimelinePage {
    items = List.copyOf(items);
  }
}
