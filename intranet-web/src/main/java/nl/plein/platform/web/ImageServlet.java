package nl.plein.platform.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.PleinException;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;

/**
 * Serves {@code <path>/{id}/{size}} (size klein, middel or groot) from a feature's service. Pages
 * link with {@code ?v=<version>}, so a browser may keep an image for a day and still shows a new
 * one at once. Private caching only; what the caller may not see is simply not found.
 */
public abstract class ImageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The image, or empty; a {@link PleinException} (not visible, unknown) counts as not found. */
  protected abstract Optional<Photo> find(UUID id, PhotoSize size);

  /** Distinguishes the kinds of image in the ETag. */
  protected abstract String etagPrefix();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    Optional<UUID> id = parts.length == 3 ? Ids.parse(parts[1]) : Optional.empty();
    Optional<PhotoSize> size = parts.length == 3 ? PhotoSize.fromCode(parts[2]) : Optional.empty();
    if (id.isEmpty() || size.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Photo> found;
    try {
      found = find(id.get(), size.get());
    } catch (PleinException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Photo image = found.get();
    String etag = "\"" + etagPrefix() + id.get() + "-" + image.version() + "-" + size.get().code() + "\"";
    response.setHeader("Cache-Control", "private, max-age=86400");
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (image.updatedAt() != null) {
      response.setDateHeader("Last-Modified", image.updatedAt().toEpochMilli() / 1000 * 1000);
    }
    if (ConditionalGet.matches(request, etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    // The services re-encode every upload as JPEG: safe to serve inline.
    response.setContentType(Photo.CONTENT_TYPE);
    response.setContentLength(image.content().length);
    response.getOutputStream().write(image.content());
  }
}
