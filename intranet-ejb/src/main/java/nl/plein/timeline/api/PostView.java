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
 * @param attachments the post's documents in order
 * @param likedBy the most recent likers the reader may see, never the reader (see {@code liked}) (at most {@value #LIKERS_SHOWN}), for
 *     "Anne, Bram and 4 others like this"
 */
public record PostView(UUID id, PersonRef author, UUID groupId, String groupName, String html, String source,
    Instant createdAt, Instant editedAt, int likeCount, int commentCount, boolean liked, boolean mayEdit,
    boolean mayDelete, java.util.List<UUID> photoIds, boolean pinned, boolean mayPin, Reading reading,
    java.util.List<PersonRef> likedBy, java.util.List<AttachmentView> attachments) implements Serializable {
  public static final int LIKERS_SHOWN = 3;

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
        liked, mayEdit, mayDelete, photoIds, pinned, mayPin, counted, likedBy, attachments);
  }

  public PostView {
    photoIds = photoIds == null ? java.util.List.of() : java.util.List.copyOf(photoIds);
    likedBy = likedBy == null ? java.util.List.of() : java.util.List.copyOf(likedBy);
    attachments = attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments);
  }

  public boolean edited() {
    return editedAt != null;
  }
}
