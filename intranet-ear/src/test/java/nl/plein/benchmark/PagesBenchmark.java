package nl.plein.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.function.Supplier;
import nl.plein.it.FacesClient;
import nl.plein.it.Http;
import nl.plein.it.PleinDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Knowledge-page speed with 50,000 pages and their revisions (profile {@code benchmark}): opening a
 * page with 200 revisions (through the API and as the page a person reads), its history, and the
 * comparison of two long revisions (about 40,000 characters, 29 saves apart) as the page shows it.
 * Prints its figures and writes its section of docs/benchmarks.md; asserts the answers, not times.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesBenchmark {
  private static final String MILA = "plein-demo-medewerker-token";
  private static final int ROUNDS = 500;
  private static final int DIFF_ROUNDS = 200;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void openingAPageWithALongHistoryAndComparingLongRevisions() throws Exception {
    TimelineBenchmark.waitForActivities(); // the knowledge pages come before the timeline
    java.util.List<JsonObject> spaces = all("/api/v1/kennispaginas/ruimtes?paginaGrootte=100", "ruimtes");
    long total = spaces.stream().mapToLong(s -> s.getJsonNumber("aantalPaginas").longValue()).sum();
    String group = spaces.stream().filter(s -> s.getString("naam").equals("Vraag het intranet")).findFirst()
        .orElseThrow().getString("id");
    String top = child("/api/v1/kennispaginas?groep=" + group + "&paginaGrootte=100", "Proefgegevens kennisbank");
    String longHistory = child("/api/v1/kennispaginas?bovenliggend=" + top, "Handboek met 200 versies");
    String longText = child("/api/v1/kennispaginas?bovenliggend=" + top, "Lange beleidsnota");
    JsonObject page = Http.json(ok(get("/api/v1/kennispaginas/" + longHistory)));
    assertEquals(200, page.getInt("versie"));

    FacesClient mila = FacesClient.as("medewerker");
    String compare = "/pages/compare?id=" + longText + "&from=1&to=30";
    FacesClient.Page diff = mila.get(compare);
    assertEquals(200, diff.status());
    assertTrue(diff.html().contains("<ins>") && diff.html().contains("<del>"), "a real diff");
    assertEquals(200, mila.get("/pages/page?id=" + longHistory).status());

    Supplier<HttpRequest.Builder> apiPage = () -> get("/api/v1/kennispaginas/" + longHistory);
    Supplier<HttpRequest.Builder> history = () -> get("/api/v1/kennispaginas/" + longHistory + "/versies");
    for (int i = 0; i < 200; i++) {
      Http.send(apiPage.get());
      Http.send(history.get());
      mila.get("/pages/page?id=" + longHistory);
      if (i % 4 == 0) {
        mila.get(compare);
      }
    }
    double[] open = BenchmarkReport.time(ROUNDS, apiPage, 200);
    double[] revisions = BenchmarkReport.time(ROUNDS, history, 200);
    double[] webPage = BenchmarkReport.timeWeb(mila, "/pages/page?id=" + longHistory, ROUNDS);
    double[] webDiff = BenchmarkReport.timeWeb(mila, compare, DIFF_ROUNDS);
    String table = String.join("\n",
        "| Request | p50 ms | p95 ms | p99 ms | target p95 |",
        "|---|---|---|---|---|",
        BenchmarkReport.row("Open a page with 200 revisions (API, " + ROUNDS + ")", open, "< 50 ms"),
        BenchmarkReport.row("Open a page with 200 revisions (the page, " + ROUNDS + ")", webPage, "< 50 ms"),
        BenchmarkReport.row("Compare two long revisions (the page, " + DIFF_ROUNDS + ")", webDiff, "< 200 ms"),
        BenchmarkReport.row("History, first page of 200 revisions (API, " + ROUNDS + ")", revisions, "-"));
    System.out.println("Knowledge pages benchmark:\n" + table);
    BenchmarkReport.write("Knowledge pages (last run " + LocalDate.now() + ", 2 cores)",
        String.format(java.util.Locale.ROOT, "%,d", total) + " published pages that Mila may read"
            + " (`PLEIN_DEMO_PAGES=50000`, each with its revisions); as Mila, logged in or with her personal token."
            + " The compared revisions are about 40,000 characters long and 29 saves apart.\n\n" + table);
  }


  private static String child(String path, String title) {
    return all(path, "kennispaginas").stream().filter(p -> p.getString("titel").equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no page " + title + " at " + path)).getString("id");
  }

  /** Every item of a list, following its pages. */
  private static java.util.List<JsonObject> all(String path, String key) {
    java.util.List<JsonObject> items = new java.util.ArrayList<>();
    for (String next = path; next != null; ) {
      JsonObject list = Http.json(ok(get(next)));
      items.addAll(list.getJsonArray(key).getValuesAs(JsonObject.class));
      JsonObject paging = list.getJsonObject("paginering");
      next = paging.containsKey("volgende") && !paging.isNull("volgende") ? paging.getString("volgende") : null;
    }
    return items;
  }

  private static HttpRequest.Builder get(String path) {
    return Http.get(path).header("Authorization", "Bearer " + MILA);
  }

  private static HttpResponse<String> ok(HttpRequest.Builder request) {
    HttpResponse<String> r = Http.send(request);
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }
}
