package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.it.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reporting and the community manager's queue: a reported post is hidden for everyone and can be
 * restored; a reported comment can be judged fine; reporting twice is refused; the queue is the
 * community manager's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void aReportedPostIsHiddenForEveryoneAndRestored() {
    String marker = "melding" + UUID.randomUUID().toString().substring(0, 6);
    FacesClient mila = FacesClient.as("medewerker");
    Page home = mila.submit(mila.get("/"), "composer", Map.of("composer:text", "Te koop: " + marker), "composer:publish");
    String id = postId(home, marker);

    FacesClient arjen = FacesClient.as("ambassadeur");
    Page post = arjen.get("/timeline/post?id=" + id);
    Page reported = arjen.submit(post, "report", Map.of("report:reason", "Reclame hoort hier niet"), "report:reportButton");
    assertTrue(reported.contains("De communitymanager bekijkt uw melding."), reported.html());
    Page twice = arjen.submit(arjen.get("/timeline/post?id=" + id), "report", Map.of(), "report:reportButton");
    assertTrue(twice.contains("U hebt dit al gemeld"), twice.html());

    assertEquals(403, mila.get("/community/reports").status(), "the queue is the community manager's");
    FacesClient carmen = FacesClient.as("community");
    Page queue = carmen.get("/community/reports");
    assertTrue(queue.contains(marker) && queue.contains("Reclame hoort hier niet"), queue.html());
    Page hidden = carmen.submit(queue, "reports", Map.of(), queue.buttonInRow(marker, ":hideButton"));
    assertTrue(hidden.contains("Het is verborgen."), hidden.html());

    assertEquals(404, arjen.get("/timeline/post?id=" + id).status(), "hidden for readers");
    assertFalse(mila.get("/").contains(marker), "and from the author's own timeline");

    Page again = carmen.get("/community/reports");
    Page restored = carmen.submit(again, "hidden", Map.of(), again.buttonInRow(marker, ":restoreButton"));
    assertTrue(restored.contains("Het is teruggezet."), restored.html());
    assertEquals(200, arjen.get("/timeline/post?id=" + id).status());
    assertTrue(mila.get("/").contains(marker), "back on the timeline");
  }

  @Test
  void aReportedCommentThatIsFineStays() {
    String marker = "reactie" + UUID.randomUUID().toString().substring(0, 6);
    FacesClient mila = FacesClient.as("medewerker");
    String id = postId(mila.submit(mila.get("/"), "composer", Map.of("composer:text", "Wie gaat er mee lunchen?"),
        "composer:publish"), "Wie gaat er mee lunchen?");
    FacesClient arjen = FacesClient.as("ambassadeur");
    arjen.submit(arjen.get("/timeline/post?id=" + id), "commentForm", Map.of("commentForm:comment", "Ik! " + marker),
        "commentForm:commentButton");
    Page post = mila.get("/timeline/post?id=" + id);
    String button = post.buttonInRow(marker, ":reportButton");
    Page reported = mila.submit(post, "thread", Map.of(button.replace("reportButton", "reportReason"), "Te kort"), button);
    assertTrue(reported.contains("De communitymanager bekijkt uw melding."), reported.html());

    FacesClient carmen = FacesClient.as("community");
    Page queue = carmen.get("/community/reports");
    assertTrue(queue.around("li", marker).contains("Reactie"), "reported as a comment");
    Page dismissed = carmen.submit(queue, "reports", Map.of(), queue.buttonInRow(marker, ":dismissButton"));
    assertTrue(dismissed.contains("De melding is afgehandeld"), dismissed.html());
    assertFalse(dismissed.contains("Ik! " + marker), "out of the queue");
    assertTrue(arjen.get("/timeline/post?id=" + id).contains(marker), "the comment stays");
  }

  private static String postId(Page page, String text) {
    Matcher m = Pattern.compile("id=\"post-([0-9a-f-]{36})\"").matcher(page.around("article", text));
    assertTrue(m.find());
    return m.group(1);
  }
}
