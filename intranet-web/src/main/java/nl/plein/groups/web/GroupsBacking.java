package nl.plein.groups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.groups.api.GroupMembershipService;
import nl.plein.groups.api.GroupService;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupSummary;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.api.InvitationView;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.organisations.api.OrganisationSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/**
 * {@code /groups/index.xhtml}: the group directory. The search and its filters come from the
 * address (see {@link GroupSearch}); above the results, the invitations waiting for the caller's
 * answer. View-scoped for the invitation buttons.
 */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final PageRequest ORGANISATIONS = new PageRequest(1, PageRequest.MAX_SIZE);

  @Inject GroupService groups;
  @Inject GroupMembershipService memberships;
  @Inject OrganisationService organisationService;
  @Inject Feedback feedback;

  private final GroupSearch search = new GroupSearch();
  private Page<GroupSummary> result;
  private List<InvitationView> invitations = List.of();
  private List<OrganisationSummary> organisations = List.of();

  /** View action. */
  public void load() {
    invitations = feedback.attemptAndGet(memberships::listOwnInvitations).orElse(List.of());
    organisations =
        feedback.attemptAndGet(() -> organisationService.listOrganisations(ORGANISATIONS, false))
            .map(Page::items)
            .orElse(List.of());
    result = feedback.attemptAndGet(() -> groups.search(search.toQuery())).orElse(null);
  }

  public String accept(InvitationView invitation) {
    return feedback.attempt(() -> memberships.answerInvitation(invitation.id(), true))
        ? feedback.redirect("/groups/group.xhtml?id=" + invitation.groupId(), "groups.invitation.accepted", invitation.groupName())
        : null;
  }

  public String decline(InvitationView invitation) {
    return feedback.attempt(() -> memberships.answerInvitation(invitation.id(), false))
        ? feedback.reload("groups.invitation.declined", invitation.groupName())
        : null;
  }

  public boolean organisationChosen(OrganisationSummary o) {
    return o.id().equals(Ids.orNull(search.value(GroupSearch.ORGANISATION)));
  }

  public boolean visibilityChosen(GroupVisibility v) {
    return v == search.getVisibilityFilter();
  }

  public boolean statusChosen(GroupStatus s) {
    return s == search.getStatusFilter();
  }

  public List<GroupStatus> getStatuses() {
    return List.of(GroupStatus.values());
  }

  public List<String> getSorts() {
    return List.copyOf(GroupSearch.SORTS.keySet());
  }

  public String getPageHrefPrefix() {
    return search.pageHrefPrefix();
  }

  public GroupSearch getSearch() {
    return search;
  }

  public Page<GroupSummary> getResult() {
    return result;
  }

  public List<InvitationView> getInvitations() {
    return invitations;
  }

  public List<OrganisationSummary> getOrganisations() {
    return organisations;
  }
}
