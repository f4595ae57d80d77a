package nl.plein.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.plein.it.Http;
import nl.plein.it.PleinDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directory speed with 30,000 people (profile {@code benchmark}): latency measured from HTTP on
 * the running server, one request at a time. Prints its figures and writes docs/benchmarks.md;
 * it asserts only that the data is there and the answers are right, not the times.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryBenchmark {
  private static final int PEOPLE = Integer.getInteger("benchmark.people", 30_000);
  private static final int ROUNDS = 500;
  private static final String PERSONAL_TOKEN = "plein-demo-medewerker-token";
  private static final int WARM_UP_ROUNDS = 1_000;
  private static final String[] NAMES = {"de vries", "jansen", "bakker", "van der meer", "jna de vris",
      "el amrani", "devries", "kees", "anouk smit", "ozlem"};
  private static final String[] TOPICS = {"paspoorten", "wmo", "bomen", "omgevingswet", "informatiebeveiliging",
      "begroting", "crisiscommunicatie", "jeugdzorg", "energietransitie", "verzuim"};

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void directorySearchExpertiseSearchAndPhoneLookup() throws Exception {
    waitForPeople();
    // Measure on a quiet server, not while groups and the timeline are generated.
    GroupsBenchmark.waitForGroups();
    TimelineBenchmark.waitForActivities();
    Random random = new Random(42);
    List<String> phones = samplePhones();
    warmUp(phones);
    double[] directory = measure(() -> "/api/v1/personen?q=" + enc(NAMES[random.nextInt(NAMES.length)]));
    double[] expertise = measure(() -> "/api/v1/personen?q=" + enc(TOPICS[random.nextInt(TOPICS.length)]));
    double[] phone = measure(() -> "/api/v1/personen?q=" + enc(phones.get(random.nextInt(phones.size()))));
    List<String> mobiles = sampleMobiles();
    double[] mobile = measure(() -> "/api/v1/personen?q=" + enc(mobiles.get(random.nextInt(mobiles.size()))),
        PERSONAL_TOKEN);
    String table = String.join("\n",
        "| Request (" + ROUNDS + " each) | p50 ms | p95 ms | p99 ms | target p95 |",
        "|---|---|---|---|---|",
        row("Directory search by name", directory, "< 30 ms"),
        row("Expertise search", expertise, "< 30 ms"),
        row("Phone lookup: a mobile number (one person)", mobile, "< 10 ms"),
        row("Phone lookup: a work number shared by about 30 colleagues", phone, "(20 hits)"));
    System.out.println("Directory benchmark with " + PEOPLE + " people:\n" + table);
    write(table);
  }

  private static void waitForPeople() throws InterruptedException {
    long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
    long count = 0;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = Http.send(Http.api("/api/v1/personen?paginaGrootte=1"));
      count = Http.json(r).getJsonObject("paginering").getJsonNumber("totaal").longValue();
      if (count >= PEOPLE) {
        return;
      }
      System.out.println("Waiting for benchmark data: " + count + " of " + PEOPLE + " people indexed");
      Thread.sleep(10_000);
    }
    throw new AssertionError("Only " + count + " people after 30 minutes");
  }

  /** Real mobile numbers from the data, in the formats people type. */
  private static List<String> samplePhones() {
    List<String> phones = new ArrayList<>();
    for (String q : new String[] {"burgerzaken", "groen", "ict", "wmo"}) {
      Http.json(Http.send(Http.api("/api/v1/personen?paginaGrootte=50&q=" + q))).getJsonArray("personen")
          .getValuesAs(jakarta.json.JsonObject.class).stream()
          .map(p -> p.getString("telefoon", null)).filter(t -> t != null).forEach(phones::add);
    }
    assertTrue(phones.size() > 20, "phone numbers to look up");
    return phones;
  }

  /**
   * A freshly deployed server compiles its hot paths during the first thousand or so requests;
   * a server in use has long done so. Warm up with the same mix that is measured.
   */
  private static void warmUp(List<String> phones) {
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      Http.send(Http.api("/api/v1/personen?q=" + enc(NAMES[i % NAMES.length])));
      Http.send(Http.api("/api/v1/personen?q=" + enc(TOPICS[i % TOPICS.length])));
      Http.send(Http.api("/api/v1/personen?q=" + enc(phones.get(i % phones.size()))));
    }
  }

  /**
   * Mobile numbers of Mila's colleagues in her own organisation, as she would type them: she looks
   * them up with her personal token (mobile numbers are visible within the organisation).
   */
  private static List<String> sampleMobiles() {
    List<String> mobiles = new ArrayList<>();
    for (String q : new String[] {"burgerzaken", "groen", "ict", "wmo", "communicatie"}) {
      HttpResponse<String> r = Http.send(Http.get("/api/v1/personen?paginaGrootte=30&q=" + q)
          .header("Authorization", "Bearer " + PERSONAL_TOKEN));
      for (jakarta.json.JsonObject p : Http.json(r).getJsonArray("personen").getValuesAs(jakarta.json.JsonObject.class)) {
        jakarta.json.JsonObject profile = Http.json(Http.send(Http.get("/api/v1/personen/" + p.getString("id"))
            .header("Authorization", "Bearer " + PERSONAL_TOKEN)));
        if (profile.containsKey("mobiel") && !profile.isNull("mobiel")) {
          mobiles.add(profile.getString("mobiel").replace("-", " "));
        }
      }
    }
    assertTrue(mobiles.size() > 20, "mobile numbers to look up: " + mobiles.size());
    for (int i = 0; i < 200; i++) {
      Http.send(Http.get("/api/v1/personen?q=" + enc(mobiles.get(i % mobiles.size())))
          .header("Authorization", "Bearer " + PERSONAL_TOKEN));
    }
    return mobiles;
  }

  private static double[] measure(java.util.function.Supplier<String> path) {
    return measure(path, Http.DEMO_TOKEN);
  }

  private static double[] measure(java.util.function.Supplier<String> path, String token) {
    return BenchmarkReport.time(ROUNDS, () -> Http.get(path.get()).header("Authorization", "Bearer " + token), 200);
  }

  private static String row(String label, double[] sorted, String target) {
    return BenchmarkReport.row(label, sorted, target);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void write(String table) throws IOException {
    BenchmarkReport.write("Directory (last run " + LocalDate.now() + ", 2 cores, Lucene index on local disk)",
        "Warm-up: " + WARM_UP_ROUNDS + " rounds of the measured mix.\n\n" + table);
  }
}
