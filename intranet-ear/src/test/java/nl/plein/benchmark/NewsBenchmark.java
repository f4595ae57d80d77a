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
 * News speed with 20,000 items (profile {@code benchmark}): the news overview for an employee
 * (Mila: what reaches her organisation, her department and the ones above it), through the API and
 * as the page, and the start page that mixes news into her timeline. Prints its figures and writes
 * its section of docs/benchmarks.md; asserts the answers, not times.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsBenchmark {
  private static final String MILA = "plein-demo-medewerker-token";
  private static final int ROUNDS = 500;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void newsOverviewForAnEmployee() throws Exception {
    TimelineBenchmark.waitForActivities(); // the news comes before the timeline
    JsonObject first = Http.json(ok(get("/api/v1/nieuws")));
    assertEquals(20, first.getJsonArray("nieuws").size(), "a full first page");
    long reaching = first.getJsonObject("paginering").getJsonNumber("totaal").longValue();
    JsonObject all = Http.json(ok(Http.get("/api/v1/nieuws?paginaGrootte=1").header("Authorization",
        "Bearer " + Http.DEMO_TOKEN)));
    long total = all.getJsonObject("paginering").getJsonNumber("totaal").longValue();
    // 20,000 in all with the demo's own, one of which is scheduled.
    assertTrue(total >= 19_990 && reaching > 0 && reaching < total, reaching + " of " + total + " reach Mila");

    FacesClient mila = FacesClient.as("medewerker");
    Supplier<HttpRequest.Builder> api = () -> get("/api/v1/nieuws");
    Supplier<HttpRequest.Builder> second = () -> get("/api/v1/nieuws?pagina=2");
    for (int i = 0; i < 300; i++) {
      Http.send(api.get());
      Http.send(second.get());
      mila.get("/news/");
      if (i % 3 == 0) {
        mila.get("/");
      }
    }
    double[] overview = BenchmarkReport.time(ROUNDS, api, 200);
    double[] next = BenchmarkReport.time(ROUNDS, second, 200);
    double[] page = BenchmarkReport.timeWeb(mila, "/news/", ROUNDS);
    double[] start = BenchmarkReport.timeWeb(mila, "/", 200);
    String table = String.join("\n",
        "| Request | p50 ms | p95 ms | p99 ms | target p95 |",
        "|---|---|---|---|---|",
        BenchmarkReport.row("News overview, first page (API, " + ROUNDS + ")", overview, "< 50 ms"),
        BenchmarkReport.row("News overview, first page (the page, " + ROUNDS + ")", page, "< 50 ms"),
        BenchmarkReport.row("News overview, second page (API, " + ROUNDS + ")", next, "-"),
        BenchmarkReport.row("Start page: timeline with news (the page, 200)", start, "-"));
    System.out.println("News benchmark:\n" + table);
    BenchmarkReport.write("News (last run " + LocalDate.now() + ", 2 cores)",
        String.format(java.util.Locale.ROOT, "%,d", total) + " published news items and blogs (`PLEIN_DEMO_NEWS=20000`,"
            + " the demo's own among them; one is scheduled), of which " + String.format(java.util.Locale.ROOT, "%,d", reaching) + " reach Mila (for"
            + " everyone, her organisation, or her department and those above it); as Mila, with her personal token or"
            + " logged in.\n\n" + table);
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
