package nl.plein.platform.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Errors the servlet container answers itself (a path outside {@code /v1}, a failure before JAX-RS
 * runs) in the same problem format. Registered as the error page in web.xml.
 */
@WebServlet("/problem")
public class ContainerErrorServlet extends HttpServlet {
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    if (status >= 500) {
      status = 500;
    }
    Locale locale = Locale.forLanguageTag("nl");
    if (request.getHeader("Accept-Language") != null) {
      for (Locale l : java.util.Collections.list(request.getLocales())) {
        if ("en".equals(l.getLanguage()) || "nl".equals(l.getLanguage())) {
          locale = "en".equals(l.getLanguage()) ? Locale.ENGLISH : locale;
          break;
        }
      }
    }
    String title = ApiMessages.text(locale, "http." + status);
    String detail = ApiMessages.text(locale, "http." + status + ".detail");
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\"}");
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
