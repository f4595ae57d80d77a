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
 */
public record PostView(UUID id, PersonRef author, UUID groupId, String groupName, String html, String source,
    Instant createdAt, Instant editedAt, int likeCount, int commentCount, boolean liked, boolean mayEdit,
    boolean mayDelete, java.util.List<UUID> photoIds) implements Serializable {
  public PostView {
    photoIds = photoIds == null ? java.util.List.of() : java.util.List.copyOf(photoIds);
  }

  public boolean edited() {
    return editedAt != null;
  }
}
