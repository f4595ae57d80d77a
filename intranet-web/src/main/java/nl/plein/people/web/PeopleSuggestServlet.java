package nl.plein.people.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.plein.common.api.PleinException;
import nl.plein.people.api.DirectoryService;
import nl.plein.people.api.PersonSummary;
import nl.plein.platform.web.JsonResponses;

/**
 * {@code /people/suggest?q=mil}: colleagues for a mention while typing, as JSON for
 * resources/js/mentions.js: {@code [{"id", "name", "function"}]}, from the directory's names, the last word as
 * a beginning (with the caller's rights: separated organisations stay out).
 */
@WebServlet("/people/suggest")
public class PeopleSuggestServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final int LIMIT = 8;
  static final int MAX_TYPED = 60;

  @Inject DirectoryService directory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String typed = request.getParameter("q");
    JsonArrayBuilder array = Json.createArrayBuilder();
    if (typed != null && typed.strip().length() >= 2 && typed.strip().length() <= MAX_TYPED) {
      try {
        for (PersonSummary p : directory.suggestPeople(typed.strip(), LIMIT)) {
          array.add(Json.createObjectBuilder()
              .add("id", p.id().toString())
              .add("name", p.displayName())
              .add("function", p.functionTitle() == null ? "" : p.functionTitle()));
        }
      } catch (PleinException e) {
        // no suggestions: the mention can still be typed in full
      }
    }
    JsonResponses.write(response, array.build(), 60);
  }
}
