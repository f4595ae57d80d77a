package nl.plein.groups.web;

import nl.plein.platform.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.plein.common.api.PleinException;
import nl.plein.groups.api.GroupService;
import nl.plein.groups.api.SimilarGroup;
import nl.plein.platform.web.Feedback;

/**
 * {@code /groups/new.xhtml}: a new group, with the caller as its administrator. While the name and
 * description are typed, the page asks (Ajax) for existing groups that look like it, so that people
 * join an existing group instead of starting a second one. The warning does not stop anyone.
 */
@Named
@ViewScoped
public class NewGroupBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupService groups;
  @Inject Feedback feedback;

  private final GroupForm form = new GroupForm();
  /** An upload belongs to one request; a Part cannot move with the session to another node. */
  private transient jakarta.servlet.http.Part photo;
  private List<SimilarGroup> similar = List.of();

  private List<SimilarGroup> findSimilar() {
    if (blank(form.getName()) && blank(form.getDescription())) {
      return List.of();
    }
    try {
      return groups.findSimilar(form.getName(), form.getDescription());
    } catch (PleinException tooLong) {
      // A text over its maximum: the save says so next to the field; the warning just waits.
      return List.of();
    }
  }

  public String create() {
    String name = form.getName() == null ? "" : form.getName().strip();
    byte[] image = Uploads.read(photo, Uploads.MAX_UPLOAD_BYTES);
    var created = feedback.attemptAndGet(() -> groups.create(form.toRequest(0), image));
    if (created.isEmpty()) {
      // Without JavaScript the warning first shows here, next to a refused form.
      similar = findSimilar();
      return null;
    }
    return feedback.redirect("/groups/group.xhtml?id=" + created.get(), "groups.created", name);
  }


  public jakarta.servlet.http.Part getPhoto() {
    return photo;
  }

  public void setPhoto(jakarta.servlet.http.Part photo) {
    this.photo = photo;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public GroupForm getForm() {
    return form;
  }

  public List<SimilarGroup> getSimilar() {
    return similar;
  }
}
