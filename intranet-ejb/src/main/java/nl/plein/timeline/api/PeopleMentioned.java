package nl.plein.timeline.api;

import java.util.Set;
import java.util.UUID;

/** People were mentioned in a post or a comment on it; all of them may read the post. */
public record PeopleMentioned(UUID postId, UUID authorId, Set<UUID> personIds) {
  public PeopleMentioned {
    personIds = Set.copyOf(personIds);
  }
}
