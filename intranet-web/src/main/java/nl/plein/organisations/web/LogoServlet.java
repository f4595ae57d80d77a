package nl.plein.organisations.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.plein.organisations.api.InstallationService;
import nl.plein.organisations.api.Logo;
import nl.plein.platform.web.ConditionalGet;

/**
 * The installation's logo, also for the login page (so not behind a login). Pages link to it with
 * a version parameter; ETag and Last-Modified let browsers revalidate it cheaply.
 */
@WebServlet("/logo")
public class LogoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject InstallationService installation;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Logo> found = installation.findLogo();
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Logo logo = found.get();
    long modified = logo.updatedAt() == null ? 0 : logo.updatedAt().toEpochMilli() / 1000 * 1000;
    String etag = "\"" + Long.toHexString(modified) + "-" + Integer.toHexString(logo.content().length) + "\"";
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.setHeader("ETag", etag);
    response.setDateHeader("Last-Modified", modified);
    response.setHeader("X-Content-Type-Options", "nosniff");
    String match = request.getHeader("If-None-Match");
    boolean notModified =
        match != null ? match.contains(etag) : ConditionalGet.notModifiedSince(request, modified);
    if (notModified) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    // The service accepts only PNG, JPEG and WebP, recognised by content: safe to serve inline.
    response.setContentType(logo.contentType());
    response.setContentLength(logo.content().length);
    response.getOutputStream().write(logo.content());
  }
}
