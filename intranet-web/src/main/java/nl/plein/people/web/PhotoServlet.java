package nl.plein.people.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.PleinException;
import nl.plein.people.api.PersonService;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.platform.web.ConditionalGet;
import nl.plein.platform.web.Ids;

/**
 * Profile photos: {@code /photos/{personId}/{size}} with size klein, middel or groot. Pages link to
 * them with {@code ?v=<photo version>}, so a browser may keep a photo for a day and still shows a
 * new one at once. Private caching only: a photo is visible to colleagues, not to the world.
 */
@WebServlet("/photos/*")
public class PhotoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject PersonService people;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    Optional<UUID> personId = parts.length == 3 ? Ids.parse(parts[1]) : Optional.empty();
    Optional<PhotoSize> size = parts.length == 3 ? PhotoSize.fromCode(parts[2]) : Optional.empty();
    if (personId.isEmpty() || size.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Photo> found;
    try {
      found = people.findPhoto(personId.get(), size.get());
    } catch (PleinException e) {
      // Someone the caller may not see has no photo as far as the caller knows.
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Photo photo = found.get();
    String etag = "\"" + personId.get() + "-" + photo.version() + "-" + size.get().code() + "\"";
    response.setHeader("Cache-Control", "private, max-age=86400");
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (photo.updatedAt() != null) {
      response.setDateHeader("Last-Modified", photo.updatedAt().toEpochMilli() / 1000 * 1000);
    }
    if (ConditionalGet.matches(request, etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    // The service re-encodes every upload as JPEG: safe to serve inline.
    response.setContentType(Photo.CONTENT_TYPE);
    response.setContentLength(photo.content().length);
    response.getOutputStream().write(photo.content());
  }
}
