package nl.plein.groups.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/**
 * Joining, leaving, requests, invitations, and the members of a group with their roles. A group
 * always keeps an administrator: the last one cannot leave, be removed or step down.
 */
@Local
public interface GroupMembershipService {
  /** Joins an open group. */
  void join(UUID groupId);

  /** Asks to join a closed group; returns the request's id. */
  UUID requestToJoin(UUID groupId, String message);

  void withdrawRequest(UUID groupId);

  void leave(UUID groupId);

  Page<GroupMemberView> listMembers(UUID groupId, String text, PageRequest page);

  /** Pending requests, oldest first: for the group's administrators. */
  Page<JoinRequestView> listJoinRequests(UUID groupId, PageRequest page);

  /** Decides a pending request of this group (a request of another group is not found). */
  void decide(UUID groupId, UUID requestId, boolean approve, String message);

  void invite(UUID groupId, UUID personId);

  List<InvitationView> listOwnInvitations();

  void answerInvitation(UUID invitationId, boolean accept);

  void changeRole(UUID groupId, UUID personId, GroupRole role);

  void removeMember(UUID groupId, UUID personId);

  /** Hands the caller's administration to another member: they become administrator, the caller a member. */
  void transferAdministration(UUID groupId, UUID personId);

  int MAX_MESSAGE = 500;
}
