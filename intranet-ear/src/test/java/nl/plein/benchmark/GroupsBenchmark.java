package nl.plein.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Group speed with 2,000 groups and one of 15,000 members (profile {@code benchmark}): the group
 * directory, the first page of the big group's members, and the duplicate warning as someone types.
 * Prints its figures and writes its section of docs/benchmarks.md; asserts the answers, not times.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupsBenchmark {
  static final String HUGE_GROUP = "Personeelsvereniging (iedereen)";
  private static final String PERSONAL = "plein-demo-medewerker-token";
  private static final int ROUNDS = 500;
  private static final String[] WORDS = {"hardlopen", "omgevingswet", "fotografie", "moestuin", "duurzaamheid",
      "koor", "privacy", "fietsen", "wmo", "cultuur"};
  /** What someone types, keystroke by keystroke, when starting a group. */
  private static final String[] TYPING = {"Hard", "Hardlo", "Hardloopgr", "Hardloopgroep Polder", "Omgev",
      "Omgevingswet vra", "Kaartj", "Kaartjesmarkt", "Fotogr", "Fotografie beginn", "Duurzaam wer", "Moestuin st"};

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void groupDirectoryMembersAndDuplicateCheck() throws Exception {
    String huge = waitForGroups();
    TimelineBenchmark.waitForActivities(); // a quiet server: the timeline is generated after the groups
    Random random = new Random(7);
    Supplier<String> directory = () -> "/api/v1/groepen?q=" + enc(WORDS[random.nextInt(WORDS.length)]);
    Supplier<String> members = () -> "/api/v1/groepen/" + huge + "/leden";
    Supplier<String> duplicates = () -> "/api/v1/groepen/gelijkend?naam=" + enc(TYPING[random.nextInt(TYPING.length)]);
    for (int i = 0; i < 300; i++) {
      Http.send(request(directory.get()));
      Http.send(request(members.get()));
      Http.send(request(duplicates.get()));
    }
    double[] search = measure(directory);
    double[] page = measure(members);
    double[] similar = measure(duplicates);
    JsonObject first = Http.json(Http.send(request(members.get())));
    assertEquals(20, first.getJsonArray("leden").size());
    String table = String.join("\n",
        "| Request (" + ROUNDS + " each) | p50 ms | p95 ms | p99 ms | target p95 |",
        "|---|---|---|---|---|",
        BenchmarkReport.row("Group directory search", search, "< 30 ms"),
        BenchmarkReport.row("First page of a 15,000-member group", page, "< 50 ms"),
        BenchmarkReport.row("Duplicate check while typing", similar, "< 100 ms"));
    System.out.println("Groups benchmark:\n" + table);
    BenchmarkReport.write("Groups (last run " + LocalDate.now() + ", 2 cores)",
        "2,000 groups; searched with a personal token (so secret groups are filtered by membership).\n\n" + table);
  }

  /** Waits until the generator made its last, largest group; returns its id. */
  static String waitForGroups() throws InterruptedException {
    long deadline = System.nanoTime() + 40L * 60 * 1_000_000_000;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = Http.send(Http.api("/api/v1/groepen?paginaGrootte=5&q=" + enc(HUGE_GROUP)));
      if (r.statusCode() == 200) {
        var found = Http.json(r).getJsonArray("groepen").getValuesAs(JsonObject.class).stream()
            .filter(g -> g.getString("naam").equals(HUGE_GROUP) && g.getInt("aantalLeden") >= 15_000).findFirst();
        if (found.isPresent()) {
          return found.get().getString("id");
        }
      }
      System.out.println("Waiting for benchmark groups");
      Thread.sleep(10_000);
    }
    throw new AssertionError("The benchmark groups did not appear within 40 minutes");
  }

  private static java.net.http.HttpRequest.Builder request(String path) {
    return Http.get(path).header("Authorization", "Bearer " + PERSONAL);
  }

  private static double[] measure(Supplier<String> path) {
    return BenchmarkReport.time(ROUNDS, () -> request(path.get()), 200);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
