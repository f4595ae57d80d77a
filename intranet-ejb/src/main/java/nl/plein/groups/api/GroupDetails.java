package nl.plein.groups.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.plein.people.api.PersonRef;

/**
 * One group as its page shows it, with what the caller may do. {@code inactiveSince} and the keep
 * request are filled for the group's administrators and community managers only.
 */
public record GroupDetails(
    GroupSummary summary,
    Instant createdAt,
    List<PersonRef> admins,
    boolean membersVisible,
    boolean requestPending,
    java.util.UUID invitationId,
    boolean mayJoin,
    boolean mayRequest,
    boolean mayLeave,
    boolean mayManage,
    boolean mayArchive,
    Instant inactiveSince,
    String keepReason,
    int version,
    Decision lastDecision)
    implements Serializable {

  public GroupDetails {
    admins = List.copyOf(admins);
  }

  /**
   * The answer to the caller's most recent request to join (in the last 30 days), with the
   * administrator's message: how a colleague hears that their request was approved or denied.
   */
  public record Decision(boolean approved, String message, Instant decidedAt) implements Serializable {}
}
