package nl.plein.groups.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A group in a list: enough to recognise it and decide whether to open or join it. */
public record GroupSummary(
    UUID id,
    String name,
    String description,
    GroupVisibility visibility,
    UUID organisationId,
    String organisationName,
    boolean shared,
    GroupStatus status,
    int memberCount,
    Instant lastActivityAt,
    boolean hasImage,
    int imageVersion,
    GroupRole myRole)
    implements Serializable {

  public boolean archived() {
    return status == GroupStatus.ARCHIVED;
  }

  public boolean member() {
    return myRole != null;
  }
}
