package nl.plein.media.api;

/**
 * The largest uploads the installation accepts, from its system properties (set by
 * 01-system.cli): a photo ({@code plein.photo.max-bytes}, default 5 MB) and a document attached to
 * a post ({@code plein.attachment.max-bytes}, default 10 MB).
 */
public final class UploadLimits {
  /** Photos in one post. */
  public static final int PHOTOS_PER_POST = 4;
  /** Documents attached to one post. */
  public static final int ATTACHMENTS_PER_POST = 4;

  private UploadLimits() {}

  public static long photoBytes() {
    return Long.getLong("plein.photo.max-bytes", 5L * 1024 * 1024);
  }

  public static long attachmentBytes() {
    return Long.getLong("plein.attachment.max-bytes", 10L * 1024 * 1024);
  }

  /** A limit in whole megabytes, as forms state it. */
  public static long megabytes(long bytes) {
    return Math.max(1, Math.round(bytes / (1024.0 * 1024.0)));
  }
}
