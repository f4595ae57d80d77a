package nl.plein.groups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.groups.api.GroupStewardshipService;
import nl.plein.groups.api.InactiveGroup;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /community/groups.xhtml?page=}: the community manager's queue of groups without activity
 * for a long time, requests to keep first. Per group: archive it, or keep it.
 */
@Named
@ViewScoped
public class InactiveGroupsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupStewardshipService stewardship;
  @Inject Feedback feedback;

  private String page;
  private Page<InactiveGroup> result;
  private Page<InactiveGroup> archived;

  /** View action. */
  public void load() {
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> stewardship.listInactiveGroups(request)).orElse(null);
    archived = feedback.attemptAndGet(() -> stewardship.listArchivedGroups(new PageRequest(1, PageNumbers.SIZE)))
        .orElse(null);
  }

  public String restore(InactiveGroup group) {
    return feedback.attempt(() -> stewardship.restore(group.id()))
        ? feedback.reload("groups.archivedList.restored", name(group))
        : null;
  }

  public Page<InactiveGroup> getArchived() {
    return archived;
  }

  public String archive(InactiveGroup group) {
    return feedback.attempt(() -> stewardship.archive(group.id()))
        ? feedback.reload("groups.inactive.archived", name(group))
        : null;
  }

  public String keep(InactiveGroup group) {
    return feedback.attempt(() -> stewardship.keep(group.id()))
        ? feedback.reload("groups.inactive.kept", name(group))
        : null;
  }

  /** A secret group's name is not shown to the community manager. */
  public String name(InactiveGroup group) {
    return group.name() == null ? feedback.text("groups.secretGroup") : group.name();
  }

  public Page<InactiveGroup> getResult() {
    return result;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
