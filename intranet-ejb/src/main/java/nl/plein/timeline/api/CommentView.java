package nl.plein.timeline.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/** A comment or reply as the reader sees it; {@code parentId} is the comment it replies to. */
public record CommentView(UUID id, UUID parentId, PersonRef author, String html, Instant createdAt, int likeCount,
    boolean liked, boolean mayDelete) implements Serializable {
  public boolean reply() {
    return parentId != null;
  }
}
