package nl.plein.groups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.groups.api.GroupDetails;
import nl.plein.groups.api.GroupMembershipService;
import nl.plein.groups.api.GroupService;
import nl.plein.groups.api.GroupStewardshipService;
import nl.plein.groups.api.GroupSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/**
 * {@code /groups/group.xhtml?id=...}: a group's page. What the caller may do (join, ask to join,
 * withdraw the request, leave, answer an invitation, manage, archive) comes from the service's
 * {@link GroupDetails}; the services check every action again.
 */
@Named
@ViewScoped
public class GroupBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupService groups;
  @Inject GroupMembershipService memberships;
  @Inject GroupStewardshipService stewardship;
  @Inject Feedback feedback;

  private String id;
  private GroupDetails details;
  /** The message with a request to join (optional). */
  private String message;
  /** Why the administrators want to keep an inactive group. */
  private String reason;

  /** View action. An unknown or malformed id shows "not found" (with status 404), never an error. */
  public void load() {
    Optional<UUID> groupId = Ids.parse(id);
    if (groupId.isEmpty()) {
      feedback.report(new NotFoundException("error.group.notFound"));
      return;
    }
    details = feedback.attemptAndGet(() -> groups.getGroup(groupId.get())).orElse(null);
  }

  public String join() {
    return feedback.attempt(() -> memberships.join(groupId())) ? feedback.reload("groups.joined", name()) : null;
  }

  public String requestToJoin() {
    return feedback.attempt(() -> memberships.requestToJoin(groupId(), message))
        ? feedback.reload("groups.requested", name())
        : null;
  }

  public String withdrawRequest() {
    return feedback.attempt(() -> memberships.withdrawRequest(groupId()))
        ? feedback.reload("groups.requestWithdrawn", name())
        : null;
  }

  /** Back to the directory: after leaving, a secret group no longer exists for the caller. */
  public String leave() {
    return feedback.attempt(() -> memberships.leave(groupId()))
        ? feedback.redirect("/groups/index.xhtml", "groups.left", name())
        : null;
  }

  public String acceptInvitation() {
    return feedback.attempt(() -> memberships.answerInvitation(details.invitationId(), true))
        ? feedback.reload("groups.invitation.accepted", name())
        : null;
  }

  public String declineInvitation() {
    return feedback.attempt(() -> memberships.answerInvitation(details.invitationId(), false))
        ? feedback.redirect("/groups/index.xhtml", "groups.invitation.declined", name())
        : null;
  }

  public String requestToKeep() {
    return feedback.attempt(() -> stewardship.requestToKeep(groupId(), reason))
        ? feedback.reload("groups.keepRequested")
        : null;
  }

  public String archive() {
    return feedback.attempt(() -> stewardship.archive(groupId())) ? feedback.reload("groups.archived", name()) : null;
  }

  public String restore() {
    return feedback.attempt(() -> stewardship.restore(groupId())) ? feedback.reload("groups.restored", name()) : null;
  }

  private UUID groupId() {
    return details.summary().id();
  }

  private String name() {
    return details.summary().name();
  }

  public String getTitle() {
    return details == null ? feedback.text("groups.notFound.title") : name();
  }

  public GroupDetails getDetails() {
    return details;
  }

  public GroupSummary getGroup() {
    return details == null ? null : details.summary();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
