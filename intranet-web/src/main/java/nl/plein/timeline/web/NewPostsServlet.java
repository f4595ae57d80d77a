package nl.plein.timeline.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.plein.common.api.PleinException;
import nl.plein.platform.web.JsonResponses;
import nl.plein.timeline.api.TimelineService;

/**
 * {@code /timeline/new?since=<cursor>}: how many posts arrived on the caller's timeline after the
 * newest one on their page, as {@code [count]} for resources/js/newposts.js ("3 new posts").
 */
@WebServlet("/timeline/new")
public class NewPostsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject TimelineService timeline;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long count = 0;
    try {
      count = timeline.countNewer(request.getParameter("since"));
    } catch (PleinException e) {
      count = 0; // a malformed cursor: nothing to announce
    }
    JsonResponses.write(response, Json.createArrayBuilder().add(count).build(), 0);
  }
}
