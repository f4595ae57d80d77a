package nl.plein.timeline.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/**
 * A post as the reader sees it.
 *
 * @param html the text as sanitized HTML, safe to show as it is
 * @param source the text as written, only for the author (to edit it); else null
 * @param groupName the group's name, or null on an own timeline
 * @param photoIds the post's photos in order (served at /timeline/photo/{id}/{size})
 * @param reading for a must-read post: whether the reader acknowledged it and, for its writer and
 *     moderators, how many of its audience did; null for other posts
 */
public record PostView(UUID id, PersonRef author, UUID groupId, String groupName, String html, String source,
    Instant createdAt, Instant editedAt, int likeCount, int commentCount, boolean liked, boolean mayEdit,
    boolean mayDelete, java.util.List<UUID> photoIds, boolean pinned, boolean mayPin, Reading reading)
    implements Serializable {

  /**
   * The reading of a must-read post.
   *
   * @param readCount how many acknowledged it, or -1 when the reader may not know
   * @param audience how many should read it (the group's members, or the people of the writer's
   *     organisation), or -1 when the reader may not know
   */
  public record Reading(boolean acknowledged, long readCount, long audience) implements Serializable {
    public boolean countsShown() {
      return readCount >= 0;
    }
  }

  public boolean mustRead() {
    return reading != null;
  }

  public PostView withReading(Reading counted) {
    return new PostView(id, author, groupId, groupName, html, source, createdAt, editedAt, likeCount, commentCount,
        liked, mayEdit, mayDelete, photoIds, pinned, mayPin, counted);
  }

  public PostView {
    photoIds = photoIds == null ? java.util.List.of() : java.util.List.copyOf(photoIds);
  }

  public boolean edited() {
    return editedAt != null;
  }
}
