package nl.plein.it;

import static nl.plein.it.Http.api;
import static nl.plein.it.Http.get;
import static nl.plein.it.Http.json;
import static nl.plein.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API shell as a partner system sees it: NLGov API Design Rules behaviour, black box. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void openApiDocumentIsPublicAndCorsOpen() {
    HttpResponse<String> r = send(get("/api/v1/openapi.json"));
    assertEquals(200, r.statusCode());
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals("3.0.3", json(r).getString("openapi"));
    assertAdrHeaders(r);
  }

  @Test
  void organisationsNeedAToken() {
    HttpResponse<String> r = send(get("/api/v1/organisaties"));
    assertProblem(r, 401);
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void anUnknownTokenIsRefused() {
    HttpResponse<String> r =
        send(get("/api/v1/organisaties").header("Authorization", "Bearer not-a-real-token"));
    assertProblem(r, 401);
    assertEquals("error.api.tokenInvalid", json(r).getString("code"));
  }

  @Test
  void theDemoTokenListsTheFourDemoOrganisations() {
    HttpResponse<String> r = send(api("/api/v1/organisaties"));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject body = json(r);
    List<String> names =
        body.getJsonArray("organisaties").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("naam"))
            .toList();
    assertTrue(
        names.containsAll(
            List.of("Gemeente Dijkvliet", "Gemeente Molenbroek", "Gemeente Oosterweide", "Werkorganisatie Polderrand")),
        names.toString());
    assertEquals(names.size(), body.getJsonObject("paginering").getInt("totaal"));
    assertAdrHeaders(r);
  }

  @Test
  void pagingLinksToTheNextPage() {
    JsonObject body = json(send(api("/api/v1/organisaties?pagina=1&paginaGrootte=2")));
    assertEquals(2, body.getJsonArray("organisaties").size());
    JsonObject paging = body.getJsonObject("paginering");
    assertEquals(2, paging.getInt("paginaGrootte"));
    assertTrue(paging.getString("volgende").contains("pagina=2"), paging.toString());
    assertFalse(paging.containsKey("vorige") && !paging.isNull("vorige"));
  }

  @Test
  void oneOrganisationHasItsDepartmentTreeAndLocations() {
    JsonObject first = json(send(api("/api/v1/organisaties?paginaGrootte=100")))
        .getJsonArray("organisaties").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("naam").equals("Werkorganisatie Polderrand"))
        .findFirst().orElseThrow();
    HttpResponse<String> r = send(api("/api/v1/organisaties/" + first.getString("id")));
    assertEquals(200, r.statusCode(), r.body());
    JsonObject details = json(r);
    JsonArray departments = details.getJsonArray("afdelingen");
    assertTrue(departments.size() >= 10, departments.toString());
    // tree order: a department at level 1 follows its parent
    JsonObject ict = departments.getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("naam").equals("ICT")).findFirst().orElseThrow();
    assertEquals(1, ict.getInt("niveau"));
    assertFalse(details.getJsonArray("locaties").isEmpty());
  }

  @Test
  void aTrailingSlashIsNotFound() {
    HttpResponse<String> r = send(api("/api/v1/organisaties/"));
    assertProblem(r, 404);
  }

  @Test
  void anUnknownOrganisationIsNotFound() {
    assertProblem(send(api("/api/v1/organisaties/" + UUID.randomUUID())), 404);
    HttpResponse<String> malformed = send(api("/api/v1/organisaties/not-a-uuid"));
    assertProblem(malformed, 400);
    assertEquals("id", json(malformed).getJsonArray("invalidParams").getJsonObject(0).getString("name"));
  }

  @Test
  void aPathOutsideTheApiIsAProblemToo() {
    assertProblem(send(api("/api/v2/organisaties")), 404);
    assertProblem(send(api("/api/v1/bestaat-niet")), 404);
  }

  @Test
  void aWrongMethodIs405WithAllow() {
    HttpResponse<String> r =
        send(api("/api/v1/organisaties").method("DELETE", HttpRequest.BodyPublishers.noBody()));
    assertProblem(r, 405);
    assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), r.headers().map().toString());
  }

  @Test
  void anUnacceptableMediaTypeIs406() {
    assertProblem(send(api("/api/v1/organisaties").header("Accept", "application/xml")), 406);
  }

  @Test
  void invalidParametersAreAllListedInOne400() {
    HttpResponse<String> r = send(api("/api/v1/organisaties?pagina=nul&paginaGrootte=1000"));
    assertProblem(r, 400);
    List<String> fields =
        json(r).getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("name"))
            .toList();
    assertEquals(List.of("pagina", "paginaGrootte"), fields);
  }

  @Test
  void problemsSpeakEnglishWhenAsked() {
    HttpResponse<String> r =
        send(api("/api/v1/organisaties/" + UUID.randomUUID()).header("Accept-Language", "en"));
    assertEquals("This organisation does not exist.", json(r).getString("detail"));
    HttpResponse<String> nl = send(api("/api/v1/organisaties/" + UUID.randomUUID()));
    assertEquals("Deze organisatie bestaat niet.", json(nl).getString("detail"));
  }

  @Test
  void theInstallationIsDescribed() {
    HttpResponse<String> r = send(api("/api/v1/installatie"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("Het Plein", json(r).getString("naam"));
    assertFalse(json(r).getBoolean("organisatiesGescheiden"));
  }

  static void assertProblem(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    JsonObject problem = json(r);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(r.body().contains("Exception"), "no stack traces or exception names: " + r.body());
    assertAdrHeaders(r);
  }

  static void assertAdrHeaders(HttpResponse<String> r) {
    assertEquals("1.3.0", r.headers().firstValue("API-Version").orElse(null), r.uri().toString());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null));
    assertTrue(r.headers().firstValue("Strict-Transport-Security").isPresent());
    assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
  }
}
