package nl.plein.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stylesheet of the "custom" theme: {@code theme/custom.css} in Plein's data directory, so that
 * an installation can restyle Plein without rebuilding it. An empty stylesheet when there is none.
 */
@WebServlet("/theme/custom.css")
public class CustomThemeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("text/css");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // Revalidated on every use, so that a changed file shows at once.
    response.setHeader("Cache-Control", "no-cache");
    Path file = stylesheet();
    if (file == null || !Files.isRegularFile(file)) {
      return;
    }
    long modified = Files.getLastModifiedTime(file).toMillis() / 1000 * 1000;
    if (ConditionalGet.notModifiedSince(request, modified)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setDateHeader("Last-Modified", modified);
    response.setContentLengthLong(Files.size(file));
    Files.copy(file, response.getOutputStream());
  }

  private static Path stylesheet() {
    String dataDir = System.getProperty("plein.data.dir");
    return dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir, "theme", "custom.css");
  }
}
