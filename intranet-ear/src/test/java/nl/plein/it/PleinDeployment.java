package nl.plein.it;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build packaged it, deployed whole by each integration test class. */
public final class PleinDeployment {
  /** The test server runs with a port offset of 100. */
  public static final URI BASE = URI.create("http://localhost:8180");

  private PleinDeployment() {}

  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
  }
}
