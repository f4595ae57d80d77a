package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Groups through the API: an authorization matrix of visibility x membership x role x
 * organisation over every group endpoint, and the rules for requests to join. The demo groups
 * (DemoGroups) are the fixture: Mila ("medewerker", Werkorganisatie) administers "Vraag het
 * intranet", has asked to join "Ambassadeurs intranet" (administered by Arjen, "ambassadeur") and is
 * invited to the secret shared group "Lunchwandelen"; Bea ("beheer", installation administrator) is
 * in the secret "Reorganisatie ICT"; Ricardo ("redacteur") works for Gemeente Dijkvliet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GroupsApiIT {
  private static final String MILA = "plein-demo-medewerker-token";
  private static String ricardo;
  private static String bea;
  private static String arjen;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  /** What a caller gets for one group: 404 (unknown to them), or the group and its member list. */
  private record Sight(int group, int members) {}

  private static final Sight HIDDEN = new Sight(404, 404);
  private static final Sight NAME_ONLY = new Sight(200, 403);
  private static final Sight FULL = new Sight(200, 200);

  @Test
  @Order(1)
  void everyCallerSeesExactlyWhatVisibilityScopeAndMembershipAllow() {
    tokens();
    // group -> {Mila, Ricardo (other organisation), Bea (secret-group member; a personal token carries the
    // person's organisation and groups, not their administrator roles), demo token (installation-wide)}
    Map<String, List<Sight>> matrix = Map.of(
        "Vraag het intranet", List.of(FULL, FULL, FULL, FULL),                 // open, shared
        "Personeelsvereniging Polderrand", List.of(FULL, HIDDEN, FULL, FULL),  // open, own organisation only
        "Ambassadeurs intranet", List.of(NAME_ONLY, NAME_ONLY, NAME_ONLY, NAME_ONLY), // closed, shared
        "Ondernemingsraad", List.of(NAME_ONLY, HIDDEN, NAME_ONLY, NAME_ONLY),  // closed, own organisation
        "Reorganisatie ICT", List.of(HIDDEN, HIDDEN, FULL, HIDDEN),            // secret; Bea is a member
        "Lunchwandelen", List.of(NAME_ONLY, HIDDEN, HIDDEN, HIDDEN),           // secret, shared; Mila invited
        "Moestuin Molenbroek", List.of(HIDDEN, HIDDEN, HIDDEN, FULL));         // open, another organisation
    List<String> callers = List.of(MILA, ricardo, bea, Http.DEMO_TOKEN);
    List<String> names = List.of("Mila", "Ricardo", "Bea", "demo token");
    matrix.forEach((group, expected) -> {
      String id = groupId(group);
      for (int i = 0; i < callers.size(); i++) {
        String who = group + " for " + names.get(i);
        Sight sight = expected.get(i);
        HttpResponse<String> detail = get("/api/v1/groepen/" + id, callers.get(i));
        assertEquals(sight.group(), detail.statusCode(), who + ": " + detail.body());
        assertEquals(sight.members(), get("/api/v1/groepen/" + id + "/leden", callers.get(i)).statusCode(), who + " members");
        boolean listed = names(search("q=" + enc(group) + "&paginaGrootte=100", callers.get(i))).contains(group);
        assertEquals(sight.group() == 200, listed, who + " in the directory");
        if (sight.group() == 404) {
          assertEquals(404, get("/api/v1/groepen/" + id + "/lidmaatschapsverzoeken", callers.get(i)).statusCode(), who);
        }
        if (sight.group() == 404 && !callers.get(i).equals(Http.DEMO_TOKEN)) { // the demo token cannot write at all
          assertEquals(404, post("/api/v1/groepen/" + id + "/lidmaatschapsverzoeken", "{}", callers.get(i)).statusCode(),
              who + ": asking to join a group one cannot see looks like 404, not 403");
        }
      }
    });
  }

  @Test
  @Order(2)
  void secretGroupsNeverCountForOutsiders() {
    tokens();
    List<String> forMila = names(search("paginaGrootte=100&sortering=naam", MILA));
    List<String> forBea = names(search("paginaGrootte=100&sortering=naam", bea));
    // Mila sees the secret group she is invited to and those she is a member of (other tests may
    // have made some), nothing else; the count agrees.
    jakarta.json.JsonObject secret = search("zichtbaarheid=geheim&paginaGrootte=100", MILA);
    List<jakarta.json.JsonObject> secretForMila = secret.getJsonArray("groepen").getValuesAs(jakarta.json.JsonObject.class);
    assertEquals(secretForMila.size(), secret.getJsonObject("paginering").getJsonNumber("totaal").longValue());
    for (jakarta.json.JsonObject g : secretForMila) {
      assertTrue(g.getString("naam").equals("Lunchwandelen") || g.containsKey("mijnRol"),
          "only what she is invited to or a member of: " + g);
    }
    assertTrue(secretForMila.stream().anyMatch(g -> g.getString("naam").equals("Lunchwandelen")));
    assertTrue(forBea.contains("Reorganisatie ICT"), forBea.toString());
    assertFalse(forMila.contains("Reorganisatie ICT"), forMila.toString());
    assertTrue(forMila.contains("Lunchwandelen"), "invited: Mila may see what she is invited to");
    assertFalse(forBea.contains("Lunchwandelen"), "a secret group stays secret for an installation administrator");
    assertFalse(names(search("q=reorganisatie", MILA)).contains("Reorganisatie ICT"), "not even by name");
    assertEquals(List.of("Reorganisatie ICT"), names(search("q=reorganisatie", bea)));
  }

  @Test
  @Order(3)
  void aRequestToJoinIsDecidedOnceByAnAdministrator() {
    tokens();
    String ambassadors = groupId("Ambassadeurs intranet");
    HttpResponse<String> asked = post("/api/v1/groepen/" + ambassadors + "/lidmaatschapsverzoeken",
        "{\"toelichting\":\"Ik wil graag meehelpen vanuit Dijkvliet.\"}", ricardo);
    assertEquals(201, asked.statusCode(), asked.body());
    String location = asked.headers().firstValue("Location").orElseThrow();
    String requestId = location.substring(location.lastIndexOf('/') + 1);
    assertEquals(409, post("/api/v1/groepen/" + ambassadors + "/lidmaatschapsverzoeken", "{}", ricardo).statusCode(),
        "asking twice");

    assertEquals(403, get("/api/v1/groepen/" + ambassadors + "/lidmaatschapsverzoeken", MILA).statusCode(),
        "members of the public see no requests");
    List<String> waiting = Http.json(get("/api/v1/groepen/" + ambassadors + "/lidmaatschapsverzoeken", arjen))
        .getJsonArray("lidmaatschapsverzoeken").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getJsonObject("persoon").getString("naam")).toList();
    assertTrue(waiting.containsAll(List.of("Mila de Wit", "Ricardo Dekkers")), waiting.toString());

    String decision = "/api/v1/groepen/" + ambassadors + "/lidmaatschapsverzoeken/" + requestId + "/besluit";
    assertEquals(403, post(decision, "{\"besluit\":\"goedgekeurd\"}", ricardo).statusCode(), "not by the asker");
    HttpResponse<String> unclear = post(decision, "{\"besluit\":\"misschien\"}", arjen);
    assertEquals(400, unclear.statusCode());
    assertEquals("besluit", Http.json(unclear).getJsonArray("invalidParams").getJsonObject(0).getString("name"));
    assertEquals(415, send(HttpRequest.newBuilder(Http.uri(decision)).header("Authorization", "Bearer " + arjen)
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("ja"))).statusCode());
    assertEquals(204, post(decision, "{\"besluit\":\"goedgekeurd\",\"toelichting\":\"Welkom!\"}", arjen).statusCode());
    HttpResponse<String> twice = post(decision, "{\"besluit\":\"afgewezen\"}", arjen);
    assertEquals(409, twice.statusCode(), "approving or denying twice");
    assertEquals("Over dit verzoek is al beslist.", Http.json(twice).getString("detail"));

    assertEquals(200, get("/api/v1/groepen/" + ambassadors + "/leden", ricardo).statusCode(), "now a member");
    JsonObject group = Http.json(get("/api/v1/groepen/" + ambassadors, ricardo));
    assertEquals("lid", group.getString("mijnRol"));
  }

  @Test
  @Order(4)
  void openGroupsNeedNoRequestAndBadInputIsRefused() {
    tokens();
    String open = groupId("Vraag het intranet");
    assertEquals(409, post("/api/v1/groepen/" + open + "/lidmaatschapsverzoeken", "{}", ricardo).statusCode(),
        "an open group is joined, not requested");
    assertEquals(403, post("/api/v1/groepen/" + open + "/lidmaatschapsverzoeken", "{}", Http.DEMO_TOKEN).statusCode(),
        "a partner token without the write scope cannot act as a person");
    HttpResponse<String> bad = get("/api/v1/groepen?zichtbaarheid=zichtbaar&status=weg&sortering=grootte&mijn=ja",
        Http.DEMO_TOKEN);
    assertEquals(400, bad.statusCode());
    assertEquals(List.of("zichtbaarheid", "status", "mijn", "sortering"), Http.json(bad).getJsonArray("invalidParams")
        .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList());
    assertEquals(400, get("/api/v1/groepen/niet-een-id", Http.DEMO_TOKEN).statusCode());
    assertEquals(404, get("/api/v1/groepen/" + java.util.UUID.randomUUID(), Http.DEMO_TOKEN).statusCode());
    JsonObject mine = search("mijn=true&sortering=naam&paginaGrootte=100", MILA);
    assertTrue(names(mine).contains("Vraag het intranet"));
    assertFalse(names(mine).contains("Ondernemingsraad"));
    assertEquals("beheerder", mine.getJsonArray("groepen").getValuesAs(JsonObject.class).stream()
        .filter(g -> g.getString("naam").equals("Vraag het intranet")).findFirst().orElseThrow().getString("mijnRol"));
  }

  private static synchronized void tokens() {
    if (ricardo == null) {
      ricardo = personalToken("redacteur");
      bea = personalToken("beheer");
      arjen = personalToken("ambassadeur");
    }
  }

  static String personalToken(String username) {
    FacesClient client = new FacesClient();
    client.login(username, "plein");
    FacesClient.Page issued = client.submit(client.get("/account/tokens"), "issueOwnToken",
        Map.of("issueOwnToken:name", "Groepentest"), "issueOwnToken:issue");
    Matcher secret = Pattern.compile("id=\"issued-secret\">([^<]+)<").matcher(issued.html());
    assertTrue(secret.find(), issued.html());
    return secret.group(1).strip();
  }

  /** The group's id, looked up by whoever can see it (secret groups by a member or invitee). */
  static String groupId(String name) {
    tokens();
    for (String token : new String[] {Http.DEMO_TOKEN, MILA, bea}) {
      var found = Http.json(get("/api/v1/groepen?paginaGrootte=100&q=" + enc(name), token)).getJsonArray("groepen")
          .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("naam").equals(name)).findFirst();
      if (found.isPresent()) {
        return found.get().getString("id");
      }
    }
    throw new AssertionError("no group " + name);
  }

  private static JsonObject search(String query, String token) {
    HttpResponse<String> r = get("/api/v1/groepen?" + query, token);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  private static List<String> names(JsonObject result) {
    return result.getJsonArray("groepen").getValuesAs(JsonObject.class).stream().map(g -> g.getString("naam")).toList();
  }

  private static HttpResponse<String> get(String path, String token) {
    return send(Http.get(path).header("Authorization", "Bearer " + token));
  }

  private static HttpResponse<String> post(String path, String json, String token) {
    return send(HttpRequest.newBuilder(Http.uri(path)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    return Http.send(request);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
