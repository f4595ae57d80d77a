package nl.plein.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import nl.plein.it.Http;
import nl.plein.it.PleinDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Timeline speed with 30,000 people, 2,000 groups and 3,000,000 activities (profile
 * {@code benchmark}): Mila's personal timeline (she follows 100 colleagues and is in 30 groups),
 * a group's and a hashtag's timeline, and posting. Prints its figures and writes its section of
 * docs/benchmarks.md; asserts the answers, not times.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelineBenchmark {
  private static final String MILA = "plein-demo-medewerker-token";
  private static final int ROUNDS = 500;
  private static final String[] TAGS = {"wens", "omgevingswet", "buitendienst", "bomen", "duurzaam", "privacy"};

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void personalTimelineAndPosting() throws Exception {
    String done = waitForActivities();
    JsonObject first = Http.json(ok(send(get("/api/v1/berichten/tijdlijn"))));
    List<JsonObject> page = first.getJsonArray("berichten").getValuesAs(JsonObject.class);
    assertEquals(20, page.size(), "a full first page");
    assertTrue(page.stream().anyMatch(p -> p.containsKey("groep") && !p.isNull("groep")), "posts from her groups");
    assertTrue(page.stream().anyMatch(p -> !p.containsKey("groep") || p.isNull("groep")), "posts from colleagues");
    String next = first.getString("volgende");
    // A group of her own (a post from an open group she is not in may be on her page too, through
    // a colleague she follows): its timeline, and where she posts.
    String group = Http.json(ok(send(get("/api/v1/groepen?mijn=true&paginaGrootte=100")))).getJsonArray("groepen")
        .getValuesAs(JsonObject.class).stream()
        .filter(g -> "actief".equals(g.getString("status"))).findFirst().orElseThrow().getString("id");
    Random random = new Random(11);
    Supplier<HttpRequest.Builder> timeline = () -> get("/api/v1/berichten/tijdlijn");
    Supplier<HttpRequest.Builder> secondPage = () -> get(next); // the path of the next page, as the API gives it
    Supplier<HttpRequest.Builder> groupTimeline = () -> get("/api/v1/berichten?groep=" + group);
    Supplier<HttpRequest.Builder> hashtag = () -> get("/api/v1/berichten?hashtag=" + TAGS[random.nextInt(TAGS.length)]);
    int[] n = {0};
    Supplier<HttpRequest.Builder> postOwn = () -> post(Json.createObjectBuilder()
        .add("tekst", "Benchmarkbericht " + ++n[0] + " over **de proef** met #" + TAGS[random.nextInt(TAGS.length)])
        .build());
    Supplier<HttpRequest.Builder> postInGroup = () -> post(Json.createObjectBuilder()
        .add("tekst", "Benchmarkbericht " + ++n[0] + " in de groep").add("groep", group).build());
    for (int i = 0; i < 300; i++) {
      send(timeline.get());
      send(secondPage.get());
      send(groupTimeline.get());
      send(hashtag.get());
      send(postOwn.get());
      send(postInGroup.get());
    }
    double[] own = measure(timeline, 200);
    double[] older = measure(secondPage, 200);
    double[] inGroup = measure(groupTimeline, 200);
    double[] byTag = measure(hashtag, 200);
    double[] posting = measure(postOwn, 201);
    double[] postingInGroup = measure(postInGroup, 201);
    // What was posted is on her timeline straight away.
    JsonObject after = Http.json(ok(send(get("/api/v1/berichten/tijdlijn"))));
    assertTrue(after.getJsonArray("berichten").getJsonObject(0).getString("tekst").startsWith("Benchmarkbericht"));
    String table = String.join("\n",
        "| Request (" + ROUNDS + " each) | p50 ms | p95 ms | p99 ms | target p95 |",
        "|---|---|---|---|---|",
        BenchmarkReport.row("Personal timeline, first page (20 posts)", own, "< 50 ms"),
        BenchmarkReport.row("Personal timeline, next page", older, ""),
        BenchmarkReport.row("Group timeline, first page", inGroup, ""),
        BenchmarkReport.row("Hashtag timeline, first page", byTag, ""),
        BenchmarkReport.row("Posting on the own timeline", posting, "< 100 ms"),
        BenchmarkReport.row("Posting in a group", postingInGroup, "< 100 ms"));
    System.out.println("Timeline benchmark (" + done + "):\n" + table);
    BenchmarkReport.write("Timeline (last run " + LocalDate.now() + ", 2 cores)",
        "30,000 people, 2,000 groups and " + String.format(java.util.Locale.ROOT, "%,d",
            Long.parseLong(done.replaceAll("[^0-9]", ""))) + " activities (posts, comments and likes)"
            + "; the reader (Mila, personal token) follows 100 colleagues and is a member of 30 groups.\n"
            + "Posting includes sanitizing, hashtags, the search index and the group's activity.\n\n" + table);
  }

  /**
   * Waits until the generator says the timeline is complete: the post tagged #proefgegevens comes
   * after the people, the groups, the activities and their indexing. Returns its text.
   */
  static String waitForActivities() throws InterruptedException {
    long deadline = System.nanoTime() + 60L * 60 * 1_000_000_000;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = send(get("/api/v1/berichten?hashtag=proefgegevens"));
      if (r.statusCode() == 200) {
        var posts = Http.json(r).getJsonArray("berichten");
        if (!posts.isEmpty()) {
          // The text as the reader sees it (only its author gets the source).
          return posts.getJsonObject(0).getString("html").replaceAll("<[^>]+>", "").strip();
        }
      }
      System.out.println("Waiting for the benchmark timeline");
      Thread.sleep(15_000);
    }
    throw new AssertionError("The benchmark timeline did not appear within 60 minutes");
  }

  private static HttpRequest.Builder get(String path) {
    return Http.get(path).header("Authorization", "Bearer " + MILA);
  }

  private static HttpRequest.Builder post(JsonObject body) {
    return Http.get("/api/v1/berichten").header("Authorization", "Bearer " + MILA)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    return Http.send(request);
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }

  private static double[] measure(Supplier<HttpRequest.Builder> request, int status) {
    return BenchmarkReport.time(ROUNDS, request, status);
  }
}
