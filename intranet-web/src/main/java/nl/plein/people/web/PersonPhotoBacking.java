package nl.plein.people.web;

import nl.plein.platform.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.UUID;
import nl.plein.common.api.ValidationException;
import nl.plein.people.api.PersonService;
import nl.plein.platform.web.Feedback;

/**
 * The photo form on {@code /people/edit.xhtml}: upload or remove the photo of the person loaded by
 * {@link EditPersonBacking}. The service checks type and size and re-encodes the image.
 */
@Named
@ViewScoped
public class PersonPhotoBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject EditPersonBacking edit;
  @Inject PersonService people;
  @Inject Feedback feedback;

  /** An upload belongs to one request; a Part cannot move with the session to another node. */
  private transient Part photo;

  public String upload() {
    if (photo == null || photo.getSize() == 0) {
      feedback.report(ValidationException.of("photo", "error.field.required"));
      return null;
    }
    byte[] content = Uploads.read(photo, Uploads.MAX_UPLOAD_BYTES);
    UUID personId = edit.getProfile().id();
    return feedback.attempt(() -> people.uploadPhoto(personId, content)) ? feedback.reload("photo.uploaded") : null;
  }

  public String remove() {
    UUID personId = edit.getProfile().id();
    return feedback.attempt(() -> people.removePhoto(personId)) ? feedback.reload("photo.removed") : null;
  }


  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }
}
