package nl.plein.media.api;

/**
 * The largest uploads the installation accepts, from its system properties (set by
 * 01-system.cli): a photo ({@code plein.photo.max-bytes}, default 5 MB) and a document attached to
 * a post ({@code plein.attachment.max-bytes}, default 10 MB).
 */
public final class UploadLimits {
  private UploadLimits() {}

  public static long photoBytes() {
    return Long.getLong("plein.photo.max-bytes", 5L * 1024 * 1024);
  }

  public static long attachmentBytes() {
    return Long.getLong("plein.attachment.max-bytes", 10L * 1024 * 1024);
  }
}
