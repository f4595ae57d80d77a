package nl.plein.pages.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.PleinException;
import nl.plein.media.api.ContentDisposition;
import nl.plein.pages.api.PageFileContent;
import nl.plein.pages.api.PageService;
import nl.plein.platform.web.Ids;

/**
 * A knowledge page's images (shown in the page, {@code /pages/file/{id}}) and documents (always a
 * download, never shown inside Plein), for those who may read the page; for anyone else they do not exist.
 */
@WebServlet("/pages/file/*")
public class PageFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject PageService pages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Optional<UUID> id = path.matches("/[^/]+") ? Ids.parse(path.substring(1)) : Optional.empty();
    Optional<PageFileContent> found;
    try {
      found = id.isEmpty() ? Optional.empty() : pages.findFile(id.get());
    } catch (PleinException | jakarta.ejb.EJBAccessException e) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PageFileContent file = found.get();
    response.setHeader("Cache-Control", "private, max-age=3600");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!file.image()) {
      response.setHeader("Content-Disposition", ContentDisposition.attachment(file.name()));
    }
    response.setContentType(file.mediaType());
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
