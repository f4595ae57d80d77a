package nl.plein.timeline.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A new post or a changed text.
 *
 * @param groupId the group to post in, or null for the author's own timeline (ignored on edit)
 * @param mentions people chosen from the suggestions while typing: they decide whom an "@Name"
 *     means when colleagues share the name (optional)
 * @param photos uploaded photos (JPEG, PNG or WebP), at most four; ignored on edit
 * @param mustRead a must-read post (content editors only); ignored on edit
 * @param attachments documents (PDF, Office, OpenDocument, text), at most four; ignored on edit
 */
public record PostRequest(String text, UUID groupId, List<UUID> mentions, List<byte[]> photos, boolean mustRead,
    List<nl.plein.media.api.UploadedFile> attachments) implements Serializable {
  public PostRequest {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    photos = photos == null ? List.of() : List.copyOf(photos);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public PostRequest(String text, UUID groupId, List<UUID> mentions) {
    this(text, groupId, mentions, List.of(), false, List.of());
  }
}
