package nl.plein.pages.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.PleinException;
import nl.plein.media.api.UploadedFile;
import nl.plein.pages.api.CreatePageRequest;
import nl.plein.pages.api.DiffLine;
import nl.plein.pages.api.EditPageRequest;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.PageSpace;
import nl.plein.pages.api.PageView;
import nl.plein.pages.api.RevisionComparison;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.Uploads;

/**
 * {@code /pages/edit.xhtml}: writing a page ({@code ?id=}) or a new one ({@code ?department=},
 * {@code ?group=} or {@code ?parent=}). Markdown with a toolbar and a preview; images and documents
 * for an existing page. When someone else saved in between, nothing is lost: the writer's text stays
 * in the editor, the other's changes are shown beside it, and the next save goes on top of theirs.
 */
@Named
@ViewScoped
public class EditPageBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PageService pages;
  @Inject Feedback feedback;

  private String id;
  private String department;
  private String group;
  private String parent;
  private PageView page;
  private PageSpace space;
  private String parentTitle;
  private String title;
  private String text;
  private String note;
  private int baseRevision;
  private String preview;
  /** After a conflict: what the other writer changed since the base. */
  private List<DiffLine> theirChanges;
  private transient jakarta.servlet.http.Part file;

  public void load() {
    Optional<UUID> pageId = Ids.parse(id);
    if (id != null && !id.isBlank()) {
      if (pageId.isEmpty()) {
        feedback.report(new NotFoundException("error.knowledge.notFound"));
        return;
      }
      page = feedback.attemptAndGet(() -> pages.getPage(pageId.get())).orElse(null);
      if (page != null && !page.mayEdit()) {
        feedback.report(new nl.plein.common.api.AccessDeniedException("error.knowledge.mayNotEdit"));
        page = null;
      }
      if (page != null) {
        title = page.title();
        text = page.source();
        baseRevision = page.revision();
        space = page.space();
      }
      return;
    }
    Optional<UUID> parentId = Ids.parse(parent);
    if (parentId.isPresent()) {
      PageView p = feedback.attemptAndGet(() -> pages.getPage(parentId.get())).orElse(null);
      if (p != null) {
        space = p.space();
        parentTitle = p.title();
      }
    } else {
      Optional<UUID> departmentId = Ids.parse(department);
      Optional<UUID> groupId = Ids.parse(group);
      if (departmentId.isPresent()) {
        space = feedback.attemptAndGet(() -> pages.getSpace(PageSpace.Kind.DEPARTMENT, departmentId.get())).orElse(null);
      } else if (groupId.isPresent()) {
        space = feedback.attemptAndGet(() -> pages.getSpace(PageSpace.Kind.GROUP, groupId.get())).orElse(null);
      } else {
        feedback.report(new NotFoundException("error.knowledge.notFound"));
      }
    }
    if (space != null && !pages.mayCreateIn(space.kind(), space.id())) {
      feedback.report(new nl.plein.common.api.AccessDeniedException(
          space.isGroup() ? "error.knowledge.notMember" : "error.knowledge.mayNotCreate"));
      space = null;
    }
  }

  public boolean isNew() {
    return page == null;
  }

  public boolean isReady() {
    return page != null || space != null;
  }

  public String save() {
    if (page == null) {
      Optional<UUID> created = feedback.attemptAndGet(() -> pages.createPage(new CreatePageRequest(
          space.isGroup() ? null : space.id(), space.isGroup() ? space.id() : null,
          Ids.parse(parent).orElse(null), title, text)));
      return created.map(c -> feedback.redirect("/pages/page.xhtml?id=" + c, "pages.created")).orElse(null);
    }
    try {
      pages.editPage(page.id(), new EditPageRequest(baseRevision, title, text, note));
      return feedback.redirect("/pages/page.xhtml?id=" + page.id(), "pages.saved");
    } catch (ConflictException e) {
      feedback.report(e);
      if ("error.knowledge.editConflict".equals(e.code())) {
        showTheirChanges();
      }
      return null;
    } catch (PleinException e) {
      feedback.report(e);
      return null;
    }
  }

  /** Someone saved since {@code baseRevision}: show what they changed; the next save builds on theirs. */
  private void showTheirChanges() {
    PageView current = feedback.attemptAndGet(() -> pages.getPage(page.id())).orElse(null);
    if (current == null) {
      return;
    }
    RevisionComparison changes = feedback.attemptAndGet(
        () -> pages.compareRevisions(page.id(), baseRevision, current.revision())).orElse(null);
    theirChanges = changes == null ? List.of() : changes.lines();
    baseRevision = current.revision();
    page = current;
  }

  public void showPreview() {
    preview = feedback.attemptAndGet(() -> pages.preview(text)).orElse(null);
  }

  public String upload() {
    byte[] content = Uploads.read(file, Uploads.MAX_UPLOAD_BYTES);
    String name = file == null ? null : file.getSubmittedFileName();
    return feedback.attempt(() -> pages.addFile(page.id(), new UploadedFile(name, content)))
        ? reloadKeepingText("pages.fileAdded") : null;
  }

  public String removeFile(UUID fileId) {
    return feedback.attempt(() -> pages.removeFile(page.id(), fileId)) ? reloadKeepingText("pages.fileRemoved") : null;
  }

  /** The file list changed; what is being typed stays (the view is the same). */
  private String reloadKeepingText(String key) {
    feedback.info(key);
    page = feedback.attemptAndGet(() -> pages.getPage(page.id())).orElse(page);
    return null;
  }

  public String getCancelHref() {
    if (page != null) {
      return "/pages/page?id=" + page.id();
    }
    if (Ids.parse(parent).isPresent()) {
      return "/pages/page?id=" + parent;
    }
    return space == null ? "/pages/" : "/pages/?" + (space.isGroup() ? "group=" : "department=") + space.id();
  }

  public PageView getPage() {
    return page;
  }

  public PageSpace getSpace() {
    return space;
  }

  public String getParentTitle() {
    return parentTitle;
  }

  public List<DiffLine> getTheirChanges() {
    return theirChanges;
  }

  public String getPreview() {
    return preview;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
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

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public int getBaseRevision() {
    return baseRevision;
  }

  public void setBaseRevision(int baseRevision) {
    this.baseRevision = baseRevision;
  }

  public jakarta.servlet.http.Part getFile() {
    return file;
  }

  public void setFile(jakarta.servlet.http.Part file) {
    this.file = file;
  }
}
