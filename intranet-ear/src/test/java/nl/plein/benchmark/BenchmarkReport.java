package nl.plein.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * docs/benchmarks.md, section by section: each benchmark replaces its own "## " section and leaves
 * the others, and the hand-written "## Notes", as they are.
 */
final class BenchmarkReport {
  static final String HEADER = String.join("\n",
      "# Benchmarks",
      "",
      "Run with `./mvnw verify -Pbenchmark` (about 10 minutes; needs nothing beyond the normal build).",
      "It starts the provisioned WildFly on an embedded PostgreSQL, grows the demo data to 30,000 people",
      "in 4 organisations (`PLEIN_DEMO_PEOPLE`), 2,000 groups with one of 15,000 members",
      "(`PLEIN_DEMO_GROUPS`), 50,000 knowledge pages with their revisions (`PLEIN_DEMO_PAGES`), 20,000",
      "news items and blogs (`PLEIN_DEMO_NEWS`) and 3,000,000 timeline activities",
      "(`PLEIN_DEMO_ACTIVITIES`), waits until all are indexed, and",
      "measures from HTTP, one request at a time, through the API (same service code as the pages) or",
      "the page itself where the API has no equivalent, after warming up with the measured mix.",
      "");

  private BenchmarkReport() {}

  /**
   * Sends {@code rounds} requests one at a time and returns their times in milliseconds, sorted;
   * each answer must have the status (the answers are asserted, not the times).
   */
  static double[] time(int rounds, java.util.function.Supplier<java.net.http.HttpRequest.Builder> request, int status) {
    double[] millis = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      java.net.http.HttpRequest.Builder r = request.get();
      long start = System.nanoTime();
      java.net.http.HttpResponse<String> response = nl.plein.it.Http.send(r);
      millis[i] = (System.nanoTime() - start) / 1_000_000.0;
      org.junit.jupiter.api.Assertions.assertEquals(status, response.statusCode(), response.body());
    }
    java.util.Arrays.sort(millis);
    org.junit.jupiter.api.Assertions.assertTrue(millis[0] > 0, "timed");
    return millis;
  }

  /** As {@link #time}, for a page as a logged-in person gets it (the client keeps the session). */
  static double[] timeWeb(nl.plein.it.FacesClient client, String path, int rounds) {
    double[] millis = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      nl.plein.it.FacesClient.Page page = client.get(path);
      millis[i] = (System.nanoTime() - start) / 1_000_000.0;
      org.junit.jupiter.api.Assertions.assertEquals(200, page.status(), path);
    }
    java.util.Arrays.sort(millis);
    return millis;
  }

  static String row(String label, double[] sorted, String target) {
    return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s |", label,
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), target);
  }

  static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /** Replaces the section whose heading starts with {@code title}, or adds it before the notes. */
  static void write(String title, String body) throws IOException {
    Path file = Paths.get(System.getProperty("benchmark.report", "../docs/benchmarks.md"));
    String existing = Files.exists(file) ? Files.readString(file) : HEADER;
    List<String> sections = new ArrayList<>(List.of(existing.split("\n(?=## )")));
    sections.set(0, HEADER.strip() + "\n");
    String section = "## " + title + "\n\n" + body.strip() + "\n";
    int at = -1;
    for (int i = 1; i < sections.size(); i++) {
      if (sections.get(i).startsWith("## " + title.split(" \\(")[0])) {
        at = i;
      }
    }
    if (at >= 0) {
      sections.set(at, section);
    } else {
      int notes = sections.size();
      for (int i = 1; i < sections.size(); i++) {
        if (sections.get(i).startsWith("## Notes")) {
          notes = i;
        }
      }
      sections.add(notes, section);
    }
    Files.writeString(file, String.join("\n", sections.stream().map(s -> s.endsWith("\n") ? s : s + "\n").toList()));
  }
}
