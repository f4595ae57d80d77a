package nl.plein.timeline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.timeline.api.PostRequest;
import nl.plein.timeline.api.TimelineService;

/**
 * The form to write a post, on the start page (own timeline) and on a group's page. The people
 * chosen from the mention suggestions come as a hidden list of ids, so that "@Jan de Vries" means
 * the Jan de Vries who was chosen.
 */
@Named
@RequestScoped
public class ComposerBacking {
  @Inject TimelineService timeline;
  @Inject Feedback feedback;

  private String text;
  private String mentions;
  private boolean mustRead;
  private List<jakarta.servlet.http.Part> photos;
  private List<jakarta.servlet.http.Part> attachments;

  /** The group comes with the form (a plain hidden field); the service checks membership. */
  public String publish() {
    String groupId = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
        .getRequestParameterMap().get("groupId");
    boolean own = groupId == null || groupId.isBlank();
    if (!own && Ids.parse(groupId).isEmpty()) {
      feedback.report(new nl.plein.common.api.NotFoundException("error.group.notFound"));
      return null;
    }
    UUID group = own ? null : Ids.parse(groupId).orElseThrow();
    List<byte[]> pictures = new ArrayList<>();
    if (photos != null) {
      for (jakarta.servlet.http.Part part : photos) {
        if (part.getSize() > 0) {
          pictures.add(nl.plein.platform.web.Uploads.read(part, nl.plein.platform.web.Uploads.MAX_UPLOAD_BYTES));
        }
      }
    }
    List<nl.plein.media.api.UploadedFile> documents = new ArrayList<>();
    if (attachments != null) {
      for (jakarta.servlet.http.Part part : attachments) {
        if (part.getSize() > 0) {
          documents.add(new nl.plein.media.api.UploadedFile(part.getSubmittedFileName(),
              nl.plein.platform.web.Uploads.read(part, nl.plein.platform.web.Uploads.MAX_UPLOAD_BYTES)));
        }
      }
    }
    return feedback.attempt(() -> timeline.publish(
            new PostRequest(text, group, mentionIds(), pictures, mustRead, documents)))
        ? feedback.reload("timeline.published")
        : null;
  }

  private List<UUID> mentionIds() {
    List<UUID> ids = new ArrayList<>();
    if (mentions != null) {
      for (String id : mentions.split("[,\\s]+")) {
        Ids.parse(id).ifPresent(ids::add);
      }
    }
    return ids;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<jakarta.servlet.http.Part> getPhotos() {
    return photos;
  }

  public void setPhotos(List<jakarta.servlet.http.Part> photos) {
    this.photos = photos;
  }

  public List<jakarta.servlet.http.Part> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<jakarta.servlet.http.Part> attachments) {
    this.attachments = attachments;
  }

  public boolean isMustRead() {
    return mustRead;
  }

  public void setMustRead(boolean mustRead) {
    this.mustRead = mustRead;
  }

  public String getMentions() {
    return mentions;
  }

  public void setMentions(String mentions) {
    this.mentions = mentions;
  }
}
