package nl.plein.media.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import nl.plein.media.api.UploadLimits;

/** The installation's upload limits for the forms' descriptions, so they say what the server checks. */
@Named("uploadLimits")
@ApplicationScoped
public class UploadLimitsBean {
  public int getPhotosPerPost() {
    return UploadLimits.PHOTOS_PER_POST;
  }

  public long getPhotoMegabytes() {
    return UploadLimits.megabytes(UploadLimits.photoBytes());
  }

  public int getAttachmentsPerPost() {
    return UploadLimits.ATTACHMENTS_PER_POST;
  }

  /** For the browser's own check before a too large file is sent at all. */
  public long getAttachmentBytes() {
    return UploadLimits.attachmentBytes();
  }

  public long getAttachmentMegabytes() {
    return UploadLimits.megabytes(UploadLimits.attachmentBytes());
  }
}
