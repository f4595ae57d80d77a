package nl.plein.groups.web;

import nl.plein.platform.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.UUID;
import nl.plein.common.api.ValidationException;
import nl.plein.groups.api.GroupService;
import nl.plein.platform.web.Feedback;

/**
 * The image form on {@code /groups/edit.xhtml}: upload the image of the group loaded by {@link
 * EditGroupBacking}. The service checks type and size and re-encodes the image, as for profile
 * photos; its field errors name the field {@code photo}, which is this input's id.
 */
@Named
@ViewScoped
public class GroupImageBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject EditGroupBacking edit;
  @Inject GroupService groups;
  @Inject Feedback feedback;

  /** An upload belongs to one request; a Part cannot move with the session to another node. */
  private transient Part photo;

  public String upload() {
    if (photo == null || photo.getSize() == 0) {
      feedback.report(ValidationException.of("photo", "error.field.required"));
      return null;
    }
    byte[] content = Uploads.read(photo, Uploads.MAX_UPLOAD_BYTES);
    UUID groupId = edit.getDetails().summary().id();
    return feedback.attempt(() -> groups.changeImage(groupId, content)) ? feedback.reload("groups.image.saved") : null;
  }


  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }
}
