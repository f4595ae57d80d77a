package nl.plein.groups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.groups.api.GroupDetails;
import nl.plein.groups.api.GroupMemberView;
import nl.plein.groups.api.GroupMembershipService;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupService;
import nl.plein.people.api.DirectoryQuery;
import nl.plein.people.api.DirectoryService;
import nl.plein.people.api.PersonSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /groups/members.xhtml?id=&q=&page=}: a group's members, searchable by name. The group's
 * administrators change roles, remove members and invite colleagues, found by name through the
 * directory.
 */
@Named
@ViewScoped
public class GroupMembersBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  /** How many people the invitation search offers. */
  static final PageRequest CANDIDATES = new PageRequest(1, 10);

  @Inject GroupService groups;
  @Inject GroupMembershipService memberships;
  @Inject DirectoryService directory;
  @Inject Feedback feedback;

  private String id;
  private String q;
  private String page;
  private GroupDetails details;
  private Page<GroupMemberView> result;
  /** The name typed in the invitation form. */
  private String name;
  /** The people found for it; null until searched. */
  private List<PersonSummary> candidates;

  /** View action. An unknown or malformed id shows "not found" (with status 404). */
  public void load() {
    Optional<UUID> groupId = Ids.parse(id);
    if (groupId.isEmpty()) {
      feedback.report(new NotFoundException("error.group.notFound"));
      return;
    }
    details = feedback.attemptAndGet(() -> groups.getGroup(groupId.get())).orElse(null);
    if (details == null) {
      return;
    }
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> memberships.listMembers(groupId.get(), q, request)).orElse(null);
  }

  public String makeAdmin(GroupMemberView member) {
    return changeRole(member, GroupRole.ADMIN, "groups.members.madeAdmin");
  }

  public String makeMember(GroupMemberView member) {
    return changeRole(member, GroupRole.MEMBER, "groups.members.madeMember");
  }

  private String changeRole(GroupMemberView member, GroupRole role, String done) {
    UUID personId = member.person().id();
    return feedback.attempt(() -> memberships.changeRole(groupId(), personId, role))
        ? feedback.reload(done, member.person().displayName())
        : null;
  }

  public String transfer(GroupMemberView member) {
    UUID personId = member.person().id();
    return feedback.attempt(() -> memberships.transferAdministration(groupId(), personId))
        ? feedback.reload("groups.members.transferred", member.person().displayName())
        : null;
  }

  public String remove(GroupMemberView member) {
    UUID personId = member.person().id();
    return feedback.attempt(() -> memberships.removeMember(groupId(), personId))
        ? feedback.reload("groups.members.removed", member.person().displayName())
        : null;
  }

  /** Looks colleagues up by name in the directory; the page offers them for an invitation. */
  public void searchPeople() {
    if (name == null || name.isBlank()) {
      candidates = null;
      feedback.report(ValidationException.of("name", "error.field.required"));
      return;
    }
    candidates =
        feedback.attemptAndGet(() -> directory.search(DirectoryQuery.text(name.strip(), CANDIDATES)))
            .map(r -> r.hits().items())
            .orElse(null);
  }

  public String invite(PersonSummary person) {
    return feedback.attempt(() -> memberships.invite(groupId(), person.id()))
        ? feedback.reload("groups.members.invited", person.displayName())
        : null;
  }

  private UUID groupId() {
    return details.summary().id();
  }

  public String getTitle() {
    return details == null
        ? feedback.text("groups.notFound.title")
        : feedback.text("groups.members.title", details.summary().name());
  }

  public String getPageHrefPrefix() {
    String search = q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
    return "/groups/members?id=" + groupId() + search + "&page=";
  }

  public GroupDetails getDetails() {
    return details;
  }

  public Page<GroupMemberView> getResult() {
    return result;
  }

  public List<PersonSummary> getCandidates() {
    return candidates;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
