package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/nieuws}: what reaches a person (personal token), what reaches the people of an
 * organisation or department (installation token), one item, and bad input. The demo news is the
 * fixture: "Het Plein is live" for everyone, "Nieuwe pasfotoregels vanaf januari" for Burgerzaken,
 * "Dijkvliet opent nieuw zwembad" for Gemeente Dijkvliet, a blog for everyone, and "Kerstborrel op
 * 19 december" scheduled for next week.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsApiIT {
  private static final String MILA = "plein-demo-medewerker-token";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void aPersonGetsWhatReachesThemAndNothingElse() {
    List<String> titles = titles(ok("/api/v1/nieuws?paginaGrootte=100", MILA));
    assertTrue(titles.contains("Het Plein is live"), titles.toString());
    assertTrue(titles.contains("Nieuwe pasfotoregels vanaf januari"), "her department's news");
    assertFalse(titles.contains("Dijkvliet opent nieuw zwembad"), "another organisation's news");
    assertFalse(titles.contains("Kerstborrel op 19 december"), "scheduled, not yet published");
    assertEquals(List.of("Blog: wat een jaar samenwerken ons leerde"),
        titles(ok("/api/v1/nieuws?soort=blog", MILA)).stream().filter(t -> t.startsWith("Blog:")).toList());

    JsonObject first = ok("/api/v1/nieuws?paginaGrootte=100", MILA).getJsonArray("nieuws").getValuesAs(JsonObject.class)
        .stream().filter(n -> n.getString("titel").equals("Het Plein is live")).findFirst().orElseThrow();
    JsonObject item = ok("/api/v1/nieuws/" + first.getString("id"), MILA);
    assertEquals("nieuws", item.getString("soort"));
    assertTrue(item.getString("html").contains("<strong>Het Plein</strong>"), item.toString());
    assertEquals(List.of("iedereen"), item.getJsonArray("doelgroep").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList());
    assertEquals("Noor Jansen", item.getJsonObject("auteur").getString("naam"));
    assertFalse(item.containsKey("afbeelding") && !item.isNull("afbeelding"), "no picture");
    assertEquals(404, get("/api/v1/nieuws/" + first.getString("id") + "/afbeelding", MILA).statusCode());
  }

  @Test
  void theInstallationTokenListsWhatReachesAnOrganisationOrDepartment() {
    String dijkvliet = organisation("Gemeente Dijkvliet");
    List<String> forDijkvliet = titles(ok("/api/v1/nieuws?paginaGrootte=100&organisatie=" + dijkvliet, Http.DEMO_TOKEN));
    assertTrue(forDijkvliet.contains("Dijkvliet opent nieuw zwembad"), forDijkvliet.toString());
    assertTrue(forDijkvliet.contains("Het Plein is live"), "everyone's news reaches Dijkvliet too");
    assertFalse(forDijkvliet.contains("Nieuwe pasfotoregels vanaf januari"), "Burgerzaken is Polderrand's");

    String zwembad = ok("/api/v1/nieuws?paginaGrootte=100&organisatie=" + dijkvliet, Http.DEMO_TOKEN)
        .getJsonArray("nieuws").getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getString("titel").equals("Dijkvliet opent nieuw zwembad")).findFirst().orElseThrow()
        .getString("id");
    assertEquals(200, get("/api/v1/nieuws/" + zwembad, Http.DEMO_TOKEN).statusCode(), "the installation reads all");
    assertEquals(404, get("/api/v1/nieuws/" + zwembad, MILA).statusCode(), "not for Mila");
  }

  @Test
  void badInputIsAClearProblem() {
    HttpResponse<String> bad = get("/api/v1/nieuws?soort=roddels&organisatie=geen-id&pagina=0", MILA);
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(bad.body().contains("\"soort\"") && bad.body().contains("\"organisatie\"") && bad.body().contains("\"pagina\""),
        bad.body());
    assertEquals(400, get("/api/v1/nieuws/geen-id", MILA).statusCode());
    assertEquals(404, get("/api/v1/nieuws/" + UUID.randomUUID(), MILA).statusCode());
    assertEquals(404, get("/api/v1/nieuws?afdeling=" + UUID.randomUUID(), MILA).statusCode());
    assertEquals(401, Http.send(Http.get("/api/v1/nieuws")).statusCode());
  }

  private static String organisation(String name) {
    return ok("/api/v1/organisaties?paginaGrootte=100", Http.DEMO_TOKEN).getJsonArray("organisaties")
        .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("naam").equals(name)).findFirst().orElseThrow()
        .getString("id");
  }

  private static List<String> titles(JsonObject list) {
    return list.getJsonArray("nieuws").getValuesAs(JsonObject.class).stream().map(n -> n.getString("titel")).toList();
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
