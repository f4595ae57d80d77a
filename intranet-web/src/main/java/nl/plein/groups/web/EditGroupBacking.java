package nl.plein.groups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.groups.api.GroupDetails;
import nl.plein.groups.api.GroupService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/**
 * {@code /groups/edit.xhtml?id=...}: a group's name, description, visibility and sharing, for its
 * administrators. The image has its own form on the same page ({@link GroupImageBacking}).
 */
@Named
@ViewScoped
public class EditGroupBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupService groups;
  @Inject Feedback feedback;

  private String id;
  private GroupDetails details;
  private GroupForm form;
  /** The version the edit started from: saving over someone else's newer edit is refused. */
  private int version;

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
    if (details.summary().archived()) {
      feedback.report(new ConflictException("error.group.archived"));
      return;
    }
    if (!details.mayManage()) {
      // The page's own check (status 403); the service refuses a save anyway.
      feedback.report(new AccessDeniedException("error.group.notAdmin"));
      return;
    }
    form = GroupForm.of(details);
    version = details.version();
  }

  public String save() {
    UUID groupId = details.summary().id();
    var request = form.toRequest(version);
    return feedback.attempt(() -> groups.update(groupId, request))
        ? feedback.redirect("/groups/group.xhtml?id=" + groupId, "groups.saved")
        : null;
  }

  public String getTitle() {
    return details == null
        ? feedback.text("groups.notFound.title")
        : feedback.text("groups.edit.title", details.summary().name());
  }

  public boolean isEditing() {
    return form != null;
  }

  public GroupDetails getDetails() {
    return details;
  }

  public GroupForm getForm() {
    return form;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
