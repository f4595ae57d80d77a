package nl.plein.news.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/**
 * An item in a list: the news overview, the timeline, an author's own list.
 *
 * @param imageVersion 0 without a picture; else part of its address (a new picture, a new address)
 * @param scheduled its publication time is still to come (only its writers and editors see it)
 * @param readCount how often it was read, or -1 when the caller may not know
 */
public record NewsSummary(UUID id, NewsKind kind, String title, String teaser, PersonRef author, Instant publishAt,
    int imageVersion, String imageAlt, boolean scheduled, long readCount, int likeCount, int commentCount)
    implements Serializable {
  public boolean hasImage() {
    return imageVersion > 0;
  }

  public boolean blog() {
    return kind == NewsKind.BLOG;
  }
}
