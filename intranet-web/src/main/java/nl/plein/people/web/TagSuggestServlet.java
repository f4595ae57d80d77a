package nl.plein.people.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.plein.common.api.ValidationException;
import nl.plein.people.api.ExpertiseService;

/**
 * {@code /people/tags/suggest?q=pasp}: existing expertise tags as a JSON array of strings, for the
 * suggestions under the expertise field (resources/js/tags.js). Without it the field still works.
 */
@WebServlet("/people/tags/suggest")
public class TagSuggestServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final int LIMIT = 10;
  /** Longer than any tag: what is typed beyond this cannot match. */
  static final int MAX_TYPED = 60;

  @Inject ExpertiseService expertise;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String typed = request.getParameter("q");
    List<String> tags = List.of();
    if (typed != null && !typed.isBlank() && typed.strip().length() <= MAX_TYPED) {
      try {
        tags = expertise.suggestTags(typed.strip(), LIMIT);
      } catch (ValidationException e) {
        tags = List.of();
      }
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    tags.forEach(array::add);
    nl.plein.platform.web.JsonResponses.write(response, array.build(), 60);
  }
}
