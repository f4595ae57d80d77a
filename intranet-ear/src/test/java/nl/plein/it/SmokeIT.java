package nl.plein.it;

import static nl.plein.it.Http.api;
import static nl.plein.it.Http.get;
import static nl.plein.it.Http.json;
import static nl.plein.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs on both databases: the EAR deploys, Flyway creates the schema, the demo data loads, the
 * pages and the API answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmokeIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void demoOrganisationsAreServedByTheApi() {
    HttpResponse<String> r = send(api("/api/v1/organisaties"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(4, json(r).getJsonObject("paginering").getInt("totaal"));
  }

  @Test
  void pagesNeedALoginAndTheLoginPageShows() {
    HttpResponse<String> home = send(get("/"));
    assertEquals(302, home.statusCode());
    assertTrue(home.headers().firstValue("Location").orElse("").contains("/login"));
    HttpResponse<String> login = send(get("/login"));
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("Het Plein"), "installation name on the login page");
    assertTrue(login.body().contains("lang=\"nl\""));
  }

  @Test
  void theNlDesignSystemStylesheetIsServed() {
    HttpResponse<String> css = send(get("/resources/nlds/index.css"));
    assertEquals(200, css.statusCode());
    assertTrue(css.body().contains(".utrecht-button"));
  }
}
