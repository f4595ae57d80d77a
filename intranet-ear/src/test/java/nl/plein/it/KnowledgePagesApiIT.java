package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/kennispaginas}: walking the tree from the spaces down, a page with its place and
 * owner, its revisions; a secret group's pages do not exist for outsiders; bad input is a 400
 * problem, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgePagesApiIT {
  private static final String MILA = "plein-demo-medewerker-token";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void theTreeIsWalkedFromTheSpacesToAPageAndItsRevisions() {
    FacesClient mila = FacesClient.as("medewerker");
    String group = GroupsApiIT.groupId("Vraag het intranet");
    String word = "api" + UUID.randomUUID().toString().substring(0, 6);
    String parent = KnowledgePagesIT.id(KnowledgePagesIT.create(mila, "/pages/edit?group=" + group,
        "Aaa thuiswerken " + word, "Thuiswerken mag **twee dagen** per week."));
    String child = KnowledgePagesIT.id(KnowledgePagesIT.create(mila, "/pages/edit?parent=" + parent,
        "Thuiswerkplek inrichten", "Vraag een stoel aan."));
    FacesClient.Page edit = mila.get("/pages/edit?id=" + parent);
    FacesClient.Page saved = mila.submit(edit, "editor", Map.of("editor:text",
        "Thuiswerken mag **drie dagen** per week.", "editor:note", "Nieuwe regeling"), "editor:save");
    assertTrue(saved.contains("De pagina is opgeslagen."), saved.html());

    for (String token : List.of(MILA, Http.DEMO_TOKEN)) {
      JsonObject spaces = ok("/api/v1/kennispaginas/ruimtes?paginaGrootte=100", token);
      JsonObject space = spaces.getJsonArray("ruimtes").getValuesAs(JsonObject.class).stream()
          .filter(s -> s.getString("id").equals(group)).findFirst().orElseThrow(() -> new AssertionError(spaces));
      assertEquals("groep", space.getString("soort"));
      assertEquals("Vraag het intranet", space.getString("naam"));
      assertTrue(space.getInt("aantalPaginas") >= 2, space.toString());

      JsonObject top = ok("/api/v1/kennispaginas?groep=" + group + "&paginaGrootte=100", token);
      JsonObject listed = top.getJsonArray("kennispaginas").getValuesAs(JsonObject.class).stream()
          .filter(p -> p.getString("id").equals(parent)).findFirst().orElseThrow(() -> new AssertionError(top));
      assertEquals(1, listed.getInt("aantalSubpaginas"));
      assertTrue(listed.getString("fragment").contains("drie dagen"), listed.toString());
      assertFalse(top.toString().contains(child), "a subpage is not a top page");

      JsonObject children = ok("/api/v1/kennispaginas?bovenliggend=" + parent, token);
      assertEquals(List.of("Thuiswerkplek inrichten"), titles(children));
      assertEquals(1, children.getJsonObject("paginering").getInt("totaal"));

      JsonObject page = ok("/api/v1/kennispaginas/" + child, token);
      assertEquals("Thuiswerkplek inrichten", page.getString("titel"));
      assertEquals(parent, page.getJsonArray("pad").getJsonObject(0).getString("id"));
      assertEquals("Mila de Wit", page.getJsonObject("eigenaar").getString("naam"));
      assertEquals("groep", page.getJsonObject("ruimte").getString("soort"));
      assertTrue(page.getBoolean("gepubliceerd"));
      assertFalse(page.getBoolean("herzieningNodig"));

      JsonObject parentPage = ok("/api/v1/kennispaginas/" + parent, token);
      assertEquals(2, parentPage.getInt("versie"));
      assertTrue(parentPage.getString("html").contains("<strong>drie dagen</strong>"), parentPage.toString());
      assertEquals("Thuiswerkplek inrichten", parentPage.getJsonArray("subpaginas").getJsonObject(0).getString("titel"));

      JsonObject revisions = ok("/api/v1/kennispaginas/" + parent + "/versies", token);
      List<JsonObject> versies = revisions.getJsonArray("versies").getValuesAs(JsonObject.class);
      assertEquals(List.of(2, 1), versies.stream().map(v -> v.getInt("nummer")).toList(), "newest first");
      assertEquals("Nieuwe regeling", versies.get(0).getString("toelichting"));
      assertTrue(versies.get(0).getBoolean("huidig"));
      assertFalse(versies.get(1).getBoolean("huidig"));

      JsonObject first = ok("/api/v1/kennispaginas/" + parent + "/versies/1", token);
      assertEquals("Thuiswerken mag **twee dagen** per week.", first.getString("tekst"));
      assertTrue(first.getString("html").contains("<strong>twee dagen</strong>"), first.toString());
      assertEquals(2, first.getInt("huidigeVersie"));
    }
  }

  @Test
  void aSecretGroupsPagesDoNotExistForOutsiders() {
    String secret = GroupsApiIT.groupId("Reorganisatie ICT");
    FacesClient bea = FacesClient.as("beheer");
    String id = KnowledgePagesIT.id(KnowledgePagesIT.create(bea, "/pages/edit?group=" + secret,
        "Planning verhuizing", "Eerst de servers."));
    for (String token : List.of(MILA, Http.DEMO_TOKEN)) {
      assertEquals(404, get("/api/v1/kennispaginas/" + id, token).statusCode());
      assertEquals(404, get("/api/v1/kennispaginas/" + id + "/versies", token).statusCode());
      assertEquals(404, get("/api/v1/kennispaginas/" + id + "/versies/1", token).statusCode());
      assertEquals(404, get("/api/v1/kennispaginas?groep=" + secret, token).statusCode());
      assertEquals(404, get("/api/v1/kennispaginas?bovenliggend=" + id, token).statusCode());
      assertFalse(ok("/api/v1/kennispaginas/ruimtes?paginaGrootte=100", token).toString().contains(secret),
          "the secret group is no space for outsiders");
    }
  }

  @Test
  void whenAGroupBecomesSecretItsPagesLeaveOutsidersSpaces() {
    String name = "Werkgroep kennis " + UUID.randomUUID().toString().substring(0, 6);
    FacesClient mila = FacesClient.as("medewerker");
    FacesClient.Page created = mila.submit(mila.get("/groups/new"), "group",
        Map.of("group:name", name, "group:visibility", "open"), "group:create");
    assertEquals(200, created.status(), created.html());
    String group = created.uri().getQuery().replace("id=", "");
    String page = KnowledgePagesIT.id(KnowledgePagesIT.create(mila, "/pages/edit?group=" + group, "Werkafspraken",
        "We spreken elke maandag af."));
    String arjen = GroupsApiIT.personalToken("ambassadeur");
    assertTrue(ok("/api/v1/kennispaginas/ruimtes?paginaGrootte=100", arjen).toString().contains(group),
        "an open group's pages are for everyone");

    FacesClient.Page saved = mila.submit(mila.get("/groups/edit?id=" + group), "group",
        Map.of("group:visibility", "geheim"), "group:save");
    assertEquals(200, saved.status(), saved.html());
    assertFalse(ok("/api/v1/kennispaginas/ruimtes?paginaGrootte=100", arjen).toString().contains(group),
        "gone from the index's space list once the group is secret");
    assertEquals(404, get("/api/v1/kennispaginas/" + page, arjen).statusCode());
    assertTrue(ok("/api/v1/kennispaginas/ruimtes?paginaGrootte=100", MILA).toString().contains(group),
        "members still read them");
  }

  @Test
  void badInputIsAClearProblem() {
    HttpResponse<String> malformed = get("/api/v1/kennispaginas?afdeling=geen-id&pagina=0", MILA);
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    String body = malformed.body();
    assertTrue(body.contains("\"afdeling\"") && body.contains("\"pagina\""), body);

    HttpResponse<String> none = get("/api/v1/kennispaginas", MILA);
    assertEquals(400, none.statusCode(), none.body());
    assertTrue(none.body().contains("Geef precies één van afdeling, groep of bovenliggend op."), none.body());
    String group = GroupsApiIT.groupId("Vraag het intranet");
    assertEquals(400, get("/api/v1/kennispaginas?groep=" + group + "&afdeling=" + group, MILA).statusCode());
    assertEquals(400, get("/api/v1/kennispaginas/geen-id", MILA).statusCode());
    String parent = ok("/api/v1/kennispaginas?groep=" + group, MILA).getJsonArray("kennispaginas")
        .getJsonObject(0).getString("id");
    assertEquals(400, get("/api/v1/kennispaginas/" + parent + "/versies/een", MILA).statusCode());
    HttpResponse<String> missing = get("/api/v1/kennispaginas/" + parent + "/versies/999", MILA);
    assertEquals(404, missing.statusCode(), missing.body());
    assertEquals(404, get("/api/v1/kennispaginas/" + UUID.randomUUID(), MILA).statusCode());
    assertEquals(401, Http.send(Http.get("/api/v1/kennispaginas/ruimtes")).statusCode());
  }

  private static List<String> titles(JsonObject list) {
    return list.getJsonArray("kennispaginas").getValuesAs(JsonObject.class).stream().map(p -> p.getString("titel"))
        .toList();
  }

  private static JsonObject ok(String path, String token) {
    HttpResponse<String> r = get(path, token);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return Http.json(r);
  }

  private static HttpResponse<String> get(String path, String token) {
    return Http.send(Http.get(path).header("Authorization", "Bearer " + token));
  }
}
