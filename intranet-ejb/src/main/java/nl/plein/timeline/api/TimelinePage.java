package nl.plein.timeline.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.plein.news.api.NewsSummary;

/**
 * One page of a timeline, newest first.
 *
 * @param nextCursor where the next (older) page starts, or null at the end
 * @param pinned a group's pinned posts, newest pin first, on the first page of its timeline only
 *     (they are in the items too, at their own time)
 * @param news on the start page: the news and blogs for the reader within the same stretch of time
 */
public record TimelinePage(List<PostView> items, String nextCursor, List<PostView> pinned, List<NewsSummary> news)
    implements Serializable {
  /** A post or a news item, in the order of the page. */
  public record Entry(PostView post, NewsSummary news) implements Serializable {
    java.time.Instant at() {
      return post != null ? post.createdAt() : news.publishAt();
    }

    String key() {
      return (post != null ? post.id() : news.id()).toString();
    }
  }

  public TimelinePage {
    items = List.copyOf(items);
    pinned = pinned == null ? List.of() : List.copyOf(pinned);
    news = news == null ? List.of() : List.copyOf(news);
  }

  public TimelinePage(List<PostView> items, String nextCursor, List<PostView> pinned) {
    this(items, nextCursor, pinned, List.of());
  }

  public TimelinePage(List<PostView> items, String nextCursor) {
    this(items, nextCursor, List.of(), List.of());
  }

  /** Posts and news together, newest first (by time, then id, as the timeline pages). */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>(items.size() + news.size());
    items.forEach(p -> entries.add(new Entry(p, null)));
    news.forEach(n -> entries.add(new Entry(null, n)));
    entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::key).reversed());
    return entries;
  }
}
