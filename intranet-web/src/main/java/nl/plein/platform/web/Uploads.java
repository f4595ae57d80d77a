package nl.plein.platform.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reading an uploaded file from a form. The services check what it is; this only reads it. */
public final class Uploads {
  /** The request limit in web.xml: nothing larger can arrive, so reading it all is bounded. */
  public static final int MAX_UPLOAD_BYTES = 12 * 1024 * 1024;

  private Uploads() {}

  /** The content (at most one byte over {@code max}, so the service can say it is too large), or null when no file was chosen. */
  public static byte[] read(Part part, int max) {
    if (part == null || part.getSize() == 0) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(max + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the uploaded file failed", e);
    }
  }
}
