package nl.plein.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document lints clean and describes exactly the API's resources. */
class OpenApiDocumentTest {
  private static final List<Class<? extends Annotation>> VERBS =
      List.of(GET.class, jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class, jakarta.ws.rs.PATCH.class,
          jakarta.ws.rs.DELETE.class);

  /** Every resource class of the API, found in the compiled classes (so none is forgotten). */
  private static List<Class<?>> resources() throws IOException {
    java.nio.file.Path classes = Paths.get("target/classes");
    try (var files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .map(OpenApiDocumentTest::load)
          .filter(c -> c.isAnnotationPresent(Path.class))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void lintsCleanAgainstTheApiDesignRules() throws Exception {
    String document = Paths.get("src/main/resources/openapi.json").toAbsolutePath().toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                "npx", "--no-install", "spectral", "lint", "--fail-severity=warn",
                "-r", System.getProperty("ruleset"), document)
            .directory(Paths.get(System.getProperty("spectral.dir")).toFile())
            .redirectErrorStream(true);
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "spectral finished");
    System.out.println("Spectral: " + output.strip());
    assertEquals(0, process.exitValue(), "Spectral found problems:\n" + output);
    assertTrue(output.contains("No results"), output);
  }

  @Test
  void describesEveryResourceMethodAndNothingElse() throws IOException {
    Set<String> implemented = new TreeSet<>();
    List<Class<?>> resources = resources();
    assertTrue(resources.size() >= 3, resources.toString());
    for (Class<?> resource : resources) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method m : resource.getDeclaredMethods()) {
        for (Class<? extends Annotation> verb : VERBS) {
          if (m.isAnnotationPresent(verb)) {
            Path sub = m.getAnnotation(Path.class);
            String method = verb.getSimpleName().toLowerCase(java.util.Locale.ROOT);
            implemented.add(method + " " + (sub == null ? base : base + sub.value()));
          }
        }
      }
    }
    Set<String> documented = new TreeSet<>();
    try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
      JsonObject paths = Json.createReader(in).readObject().getJsonObject("paths");
      paths.forEach((path, item) -> item.asJsonObject().keySet().forEach(method -> documented.add(method + " " + path)));
    }
    assertEquals(implemented, documented);
  }
}
