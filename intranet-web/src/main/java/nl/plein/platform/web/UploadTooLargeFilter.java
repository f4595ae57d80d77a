package nl.plein.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A form with a file larger than the server reads (a 100 MB document, without the browser's own
 * check) gets a short page saying so, with 413, instead of an error: the container refuses to parse
 * such a request, and then Faces cannot even render its error page (it parses the request again).
 * Nothing was saved; going back keeps what was on the form in the browser.
 */
@WebFilter(servletNames = "FacesServlet")
public class UploadTooLargeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  /** web.xml's max-request-size (and the default of Undertow's max-post-size in 04-security.cli). */
  static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;
  /** web.xml's max-file-size. */
  static final long MAX_FILE_BYTES = Uploads.MAX_UPLOAD_BYTES;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
        refuse(request, response);
        return;
      }
      try {
        request.getParts();
      } catch (IllegalStateException e) { // a file or the whole request over the limits
        refuse(request, response);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    String title = escape(MessageTexts.ui(locale, "errorPage.tooLarge.title"));
    String text = escape(MessageTexts.ui(locale, "errorPage.tooLarge.text", MAX_FILE_BYTES / (1024 * 1024),
        MAX_REQUEST_BYTES / (1024 * 1024)));
    String home = escape(MessageTexts.ui(locale, "errorPage.home"));
    String context = escape(request.getContextPath());
    response.setStatus(413);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Connection", "close");
    response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + title + "</title>"
        + "<link rel=\"stylesheet\" href=\"" + context + "/resources/css/plein.css\"/></head>"
        + "<body class=\"utrecht-document\"><main class=\"plein-main\" id=\"main\"><h1 class=\"utrecht-heading-1\">" + title
        + "</h1><p class=\"utrecht-paragraph\" id=\"too-large\">" + text + "</p><p class=\"utrecht-paragraph\">"
        + "<a class=\"utrecht-link\" href=\"" + context + "/\">" + home + "</a></p></main></body></html>\n");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
