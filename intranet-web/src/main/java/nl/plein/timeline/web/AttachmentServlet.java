package nl.plein.timeline.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.PleinException;
import nl.plein.platform.web.Ids;
import nl.plein.timeline.api.AttachmentFile;
import nl.plein.timeline.api.TimelineService;

/**
 * Documents attached to posts: {@code /timeline/attachment/{id}}, always as a download (never shown
 * inside Plein's pages), with the type the content was recognised as on upload. Only for those who
 * may read the post; for anyone else the document does not exist.
 */
@WebServlet("/timeline/attachment/*")
public class AttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject TimelineService timeline;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Optional<UUID> id = path.matches("/[^/]+") ? Ids.parse(path.substring(1)) : Optional.empty();
    Optional<AttachmentFile> found;
    try {
      found = id.isEmpty() ? Optional.empty() : timeline.findAttachment(null, id.get());
    } catch (PleinException e) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentFile file = found.get();
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", nl.plein.media.api.ContentDisposition.attachment(file.name()));
    response.setContentType(file.mediaType());
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
