package nl.plein.pages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.PageSpace;
import nl.plein.pages.api.PageSummary;
import nl.plein.pages.api.ReviewTask;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /pages/}: the knowledge base. Without parameters the spaces (departments and groups with
 * pages the reader may read) and the reader's own pages due for review; with {@code ?department=} or
 * {@code ?group=} that space's top pages.
 */
@Named
@RequestScoped
public class PagesBacking {
  static final int PER_PAGE = 30;

  @Inject PageService pages;
  @Inject Feedback feedback;

  private String department;
  private String group;
  private String page;
  private PageSpace space;
  private boolean mayCreate;
  private Page<PageSummary> topPages;
  private Page<PageSpace> spaces;
  private Page<ReviewTask> reviews;

  public void load() {
    PageRequest request = new PageRequest(PageNumbers.parse(page), PER_PAGE);
    Optional<UUID> departmentId = Ids.parse(department);
    Optional<UUID> groupId = Ids.parse(group);
    boolean asked = (department != null && !department.isBlank()) || (group != null && !group.isBlank());
    if (asked) {
      if (departmentId.isEmpty() && groupId.isEmpty()) {
        feedback.report(new NotFoundException("error.knowledge.notFound"));
        return;
      }
      PageSpace.Kind kind = groupId.isPresent() ? PageSpace.Kind.GROUP : PageSpace.Kind.DEPARTMENT;
      UUID id = groupId.orElseGet(departmentId::get);
      space = feedback.attemptAndGet(() -> pages.getSpace(kind, id)).orElse(null);
      if (space != null) {
        topPages = feedback.attemptAndGet(() -> pages.listPages(kind, id, null, request)).orElse(null);
        mayCreate = pages.mayCreateIn(kind, id);
      }
      return;
    }
    spaces = feedback.attemptAndGet(() -> pages.listSpaces(request)).orElse(null);
    reviews = feedback.attemptAndGet(() -> pages.listMyReviews(new PageRequest(1, 5))).orElse(null);
  }

  public String getHrefPrefix() {
    if (space != null) {
      return "/pages/?" + (space.isGroup() ? "group=" : "department=") + space.id() + "&page=";
    }
    return "/pages/?page=";
  }

  public String getTitle() {
    return space == null ? feedback.text("pages.title") : feedback.text("pages.space.title", space.name());
  }

  public PageSpace getSpace() {
    return space;
  }

  public boolean isMayCreate() {
    return mayCreate;
  }

  public Page<PageSummary> getTopPages() {
    return topPages;
  }

  public Page<PageSpace> getSpaces() {
    return spaces;
  }

  public Page<ReviewTask> getReviews() {
    return reviews;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
