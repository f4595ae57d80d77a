package nl.plein.timeline.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/**
 * A report in the community manager's queue: what was reported (the post, or a comment on it), its
 * opening as plain text, who wrote it, who reported it and why.
 *
 * @param commentId the reported comment, or null when the post itself was reported
 */
public record ReportView(UUID id, UUID postId, UUID commentId, String snippet, PersonRef author, PersonRef reporter,
    String reason, Instant reportedAt, Instant decidedAt) implements Serializable {
  public boolean aboutComment() {
    return commentId != null;
  }
}
