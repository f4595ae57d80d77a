package nl.plein.groups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.groups.api.GroupDetails;
import nl.plein.groups.api.GroupMembershipService;
import nl.plein.groups.api.GroupService;
import nl.plein.groups.api.JoinRequestView;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /groups/requests.xhtml?id=&page=}: the requests to join a closed group, oldest first, for
 * its administrators: approve or reject each, with an optional message to the person.
 */
@Named
@ViewScoped
public class GroupRequestsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupService groups;
  @Inject GroupMembershipService memberships;
  @Inject Feedback feedback;

  private String id;
  private String page;
  private GroupDetails details;
  private Page<JoinRequestView> result;
  /** The answer typed for each request, by request id. */
  private final HashMap<UUID, String> messages = new HashMap<>();

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
    result = feedback.attemptAndGet(() -> memberships.listJoinRequests(groupId.get(), request)).orElse(null);
  }

  public String approve(JoinRequestView request) {
    return decide(request, true, "groups.requests.approved");
  }

  public String reject(JoinRequestView request) {
    return decide(request, false, "groups.requests.rejected");
  }

  private String decide(JoinRequestView request, boolean approve, String done) {
    String message = messages.get(request.id());
    return feedback.attempt(() -> memberships.decide(request.groupId(), request.id(), approve, message))
        ? feedback.reload(done, request.person().displayName())
        : null;
  }

  public String getTitle() {
    return details == null
        ? feedback.text("groups.notFound.title")
        : feedback.text("groups.requests.title", details.summary().name());
  }

  public String getPageHrefPrefix() {
    return "/groups/requests?id=" + details.summary().id() + "&page=";
  }

  public GroupDetails getDetails() {
    return details;
  }

  public Page<JoinRequestView> getResult() {
    return result;
  }

  public Map<UUID, String> getMessages() {
    return messages;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
