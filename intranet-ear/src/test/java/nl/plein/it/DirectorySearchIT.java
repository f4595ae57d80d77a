package nl.plein.it;

import static nl.plein.it.Http.json;
import static nl.plein.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search quality and visibility of the directory, through the API on the demo data's fixed
 * people (DemoDataGenerator.ANCHORS) among the generated ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectorySearchIT {
  private static final String PERSONAL_TOKEN = "plein-demo-medewerker-token";

  /** Query, and who must be among the first three. */
  private static final String[][] QUERIES = {
    {"vries", "Jan de Vries"},
    {"de vries", "Jan de Vries"},
    {"devries", "Jan de Vries"},
    {"jan vries", "Jan de Vries"},
    {"jna de vris", "Jan de Vries"},
    {"Jan de Vries", "Jan de Vries"},
    {"jandevries", "Jan de Vries"},
    {"paspoorten", "Jan de Vries"},
    {"paspoort", "Jan de Vries"},
    {"el amrani", "Fatima El Amrani"},
    {"elamrani", "Fatima El Amrani"},
    {"fatima", "Fatima El Amrani"},
    {"warmtenet", "Fatima El Amrani"},
    {"energietransitie", "Fatima El Amrani"},
    {"van der meer", "Kees van der Meer"},
    {"vandermeer", "Kees van der Meer"},
    {"kees meer", "Kees van der Meer"},
    {"kes van der mer", "Kees van der Meer"},
    {"informatiebeveiliging", "Kees van der Meer"},
    {"anouk bakker", "Anouk Bakker"},
    {"anuok bakker", "Anouk Bakker"},
    {"crisiscommunicatie", "Anouk Bakker"},
    {"ozlem", "Özlem Yılmaz"},
    {"yilmaz", "Özlem Yılmaz"},
    {"Özlem Yılmaz", "Özlem Yılmaz"},
    {"mantelzorg", "Özlem Yılmaz"},
    {"pieter-jan smit", "Pieter-Jan Smit"},
    {"pieter jan", "Pieter-Jan Smit"},
    {"pieterjan smit", "Pieter-Jan Smit"},
    {"boomverzorger", "Pieter-Jan Smit"},
    {"op den kamp", "Ingrid op den Kamp"},
    {"opdenkamp", "Ingrid op den Kamp"},
    {"ingrid kamp", "Ingrid op den Kamp"},
    {"griffier", "Ingrid op den Kamp"},
    {"bouzid", "Mohamed Bouzid"},
    {"mohammed bouzid", "Mohamed Bouzid"},
    {"omgevingswet jurist", "Mohamed Bouzid"},
  };

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void theRightPersonIsInTheTopThree() {
    List<String> misses = new ArrayList<>();
    for (String[] q : QUERIES) {
      List<String> top = names(search("q=" + enc(q[0]), Http.DEMO_TOKEN)).stream().limit(3).toList();
      if (!top.contains(q[1])) {
        misses.add("'" + q[0] + "' gave " + top + ", expected " + q[1]);
      }
    }
    System.out.println("Directory search: " + (QUERIES.length - misses.size()) + " of " + QUERIES.length + " queries had the right person in the top 3");
    assertTrue(misses.isEmpty(), String.join("\n", misses));
  }

  @Test
  void aPhoneNumberIsFoundWhateverItsFormatting() {
    for (String number : List.of("06-12345678", "06 1234 5678", "+31 6 12345678", "0031612345678", "0612345678")) {
      List<String> found = names(search("q=" + enc(number), PERSONAL_TOKEN));
      assertEquals("Jan de Vries", found.isEmpty() ? null : found.get(0), number);
    }
  }

  @Test
  void mobileNumbersForTheOwnOrganisationAreNotSearchableFromOutside() {
    // Jan de Vries (Werkorganisatie Polderrand) shows his mobile only within his organisation.
    assertTrue(names(search("q=0612345678", Http.DEMO_TOKEN)).isEmpty(), "an installation-wide token is no colleague");
    assertEquals(List.of("Jan de Vries"), names(search("q=0612345678", PERSONAL_TOKEN)));
  }

  @Test
  void personalFieldsFollowTheirVisibility() {
    String jan = idOf("Jan de Vries");
    JsonObject forColleague = json(send(get("/api/v1/personen/" + jan, PERSONAL_TOKEN)));
    assertEquals("06-12345678", forColleague.getString("mobiel"));
    JsonObject forOutsider = json(send(get("/api/v1/personen/" + jan, Http.DEMO_TOKEN)));
    assertFalse(forOutsider.containsKey("mobiel") && !forOutsider.isNull("mobiel"), forOutsider.toString());
    assertEquals("Medewerker burgerzaken", forOutsider.getString("functie"));
    assertEquals(3, forOutsider.getJsonArray("expertise").size());
  }

  @Test
  void facetsCountWhatWasFound() {
    JsonObject result = json(send(get("/api/v1/personen?q=burgerzaken&paginaGrootte=5", Http.DEMO_TOKEN)));
    long total = result.getJsonObject("paginering").getJsonNumber("totaal").longValue();
    long byOrganisation = result.getJsonObject("facetten").getJsonArray("organisaties").getValuesAs(JsonObject.class)
        .stream().mapToLong(f -> f.getJsonNumber("aantal").longValue()).sum();
    assertEquals(total, byOrganisation);
    assertTrue(total >= 1);
    String expertiseKey = "paspoorten";
    JsonObject filtered = json(send(get("/api/v1/personen?expertise=" + expertiseKey, Http.DEMO_TOKEN)));
    assertTrue(filtered.getJsonArray("personen").getValuesAs(JsonObject.class).stream()
        .allMatch(p -> p.getJsonArray("expertise").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(s -> s.getString().equalsIgnoreCase("Paspoorten"))));
  }

  @Test
  void sortingByNameFollowsTheSurnameWithoutPrefix() {
    List<String> names = names(search("sortering=naam&paginaGrootte=100", Http.DEMO_TOKEN));
    assertTrue(names.indexOf("Anouk Bakker") < names.indexOf("Jan de Vries"), names.toString());
    assertTrue(names.indexOf("Kees van der Meer") < names.indexOf("Jan de Vries"), "M before V");
  }

  @Test
  void theOwnProfileNeedsAPersonalToken() {
    assertEquals("Mila de Wit", json(send(get("/api/v1/personen/mij", PERSONAL_TOKEN))).getString("naam"));
    assertEquals(404, send(get("/api/v1/personen/mij", Http.DEMO_TOKEN)).statusCode());
  }

  @Test
  void aPersonIssuesAPersonalTokenThatReadsAsThem() {
    FacesClient employee = new FacesClient();
    employee.login("medewerker", "plein");
    FacesClient.Page page = employee.get("/account/tokens");
    FacesClient.Page issued = employee.submit(page, "issueOwnToken", java.util.Map.of("issueOwnToken:name", "Mijn script"),
        "issueOwnToken:issue");
    java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"issued-secret\">([^<]+)<").matcher(issued.html());
    assertTrue(secret.find(), issued.html());
    String token = secret.group(1).strip();
    assertEquals("Mila de Wit", json(send(get("/api/v1/personen/mij", token))).getString("naam"));
    FacesClient.Page list = employee.get("/account/tokens");
    employee.submit(list, "ownTokens", java.util.Map.of(), list.buttonInRow("Mijn script", ":revoke"));
    assertEquals(401, send(get("/api/v1/personen/mij", token)).statusCode(), "revoked");
  }

  @Test
  void badInputIsRefusedClearly() {
    HttpResponse<String> r = send(get("/api/v1/personen?organisatie=x&sortering=leeftijd&paginaGrootte=0", Http.DEMO_TOKEN));
    assertEquals(400, r.statusCode());
    assertEquals(List.of("paginaGrootte", "organisatie", "sortering"), json(r).getJsonArray("invalidParams")
        .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList());
    assertEquals(404, send(get("/api/v1/personen/" + java.util.UUID.randomUUID(), Http.DEMO_TOKEN)).statusCode());
    assertEquals(404, send(get("/api/v1/personen/" + idOf("Jan de Vries") + "/foto", Http.DEMO_TOKEN)).statusCode(),
        "no photo: a problem, not a broken image");
    HttpResponse<String> badSize = send(get("/api/v1/personen/" + idOf("Jan de Vries") + "/foto?formaat=enorm", Http.DEMO_TOKEN));
    assertEquals(400, badSize.statusCode());
    assertEquals(List.of("no-store"), badSize.headers().allValues("Cache-Control"), "one header, no caching");
  }

  @Test
  void separatedOrganisationsDoNotSeeEachOthersPeopleNotEvenInCounts() {
    FacesClient admin = new FacesClient();
    admin.login("beheer", "plein");
    AdministrationIT.setOrganisationsSeparated(admin, true);
    try {
      JsonObject result = json(send(get("/api/v1/personen?q=fatima&paginaGrootte=100", PERSONAL_TOKEN)));
      assertFalse(names(result).contains("Fatima El Amrani"), "Dijkvliet is another organisation");
      JsonObject everyone = json(send(get("/api/v1/personen?paginaGrootte=100", PERSONAL_TOKEN)));
      List<String> organisations = everyone.getJsonObject("facetten").getJsonArray("organisaties")
          .getValuesAs(JsonObject.class).stream().map(f -> f.getString("naam")).toList();
      assertEquals(List.of("Werkorganisatie Polderrand"), organisations);
      assertEquals(404, send(get("/api/v1/personen/" + idOf("Fatima El Amrani"), PERSONAL_TOKEN)).statusCode());
    } finally {
      AdministrationIT.setOrganisationsSeparated(admin, false);
    }
  }

  private static String idOf(String name) {
    return json(send(get("/api/v1/personen?q=" + enc(name), Http.DEMO_TOKEN))).getJsonArray("personen")
        .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("naam").equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("not found: " + name)).getString("id");
  }

  private static JsonObject search(String query, String token) {
    HttpResponse<String> r = send(get("/api/v1/personen?" + query, token));
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }

  private static List<String> names(JsonObject result) {
    return result.getJsonArray("personen").getValuesAs(JsonObject.class).stream().map(p -> p.getString("naam")).toList();
  }

  private static java.net.http.HttpRequest.Builder get(String path, String token) {
    return Http.get(path).header("Authorization", "Bearer " + token);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

}
