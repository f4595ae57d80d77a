package nl.plein.groups.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.plein.common.api.PleinException;
import nl.plein.groups.api.GroupService;
import nl.plein.groups.api.SimilarGroup;
import nl.plein.platform.web.JsonResponses;

/**
 * {@code /groups/similar?naam=&omschrijving=}: the duplicate warning while a group is being
 * created, as JSON for resources/js/similar.js: {@code [{"id", "name", "reason"}]}. The service
 * leaves out what the caller may not see (secret groups).
 */
@WebServlet("/groups/similar")
public class SimilarGroupsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject GroupService groups;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("naam");
    String description = request.getParameter("omschrijving");
    List<SimilarGroup> similar = List.of();
    if (!(blank(name) && blank(description))) {
      try {
        similar = groups.findSimilar(name, description);
      } catch (PleinException tooLong) {
        similar = List.of(); // the save says so next to the field; the warning just waits
      }
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (SimilarGroup s : similar) {
      array.add(Json.createObjectBuilder()
          .add("id", s.group().id().toString())
          .add("name", s.group().name())
          .add("reason", s.reason().name()));
    }
    JsonResponses.write(response, array.build(), 0);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
