package nl.plein.it;

import static nl.plein.it.Http.json;
import static nl.plein.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.it.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The functional administrator's work through the pages (HTTP level): accounts, password resets,
 * login throttling, API tokens, departments, and keeping organisations apart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {
  private static final String PASSWORD = "Lange-zin-als-wachtwoord";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void administratorsCreateAccountsAndResetPasswords() {
    FacesClient admin = administrator();
    String username = "test-" + shortId();
    Page created = createAccount(admin, username);
    assertTrue(created.contains(username), "the new account is listed");

    FacesClient employee = new FacesClient();
    Page home = employee.login(username, PASSWORD);
    assertTrue(home.contains("Welkom"), home.html());
    assertEquals(403, employee.get("/admin/organisations").status(), "an employee cannot administrate");

    Page account = admin.get(accountLink(admin, username));
    Page reset = admin.submit(account, "resetPassword", Map.of("resetPassword:password", "Een-nieuw-wachtwoord"), "resetPassword:reset");
    assertEquals(200, reset.status());
    Page tooShort = admin.submit(reset, "resetPassword", Map.of("resetPassword:password", "kort"), "resetPassword:reset");
    assertTrue(tooShort.contains("Een wachtwoord heeft minstens 10 tekens."), "a field error, nothing saved");

    assertTrue(new FacesClient().login(username, PASSWORD).contains("klopt niet"), "the old password no longer works");
    assertTrue(new FacesClient().login(username, "Een-nieuw-wachtwoord").contains("Welkom"));
  }

  @Test
  void repeatedFailedLoginsBlockEvenTheRightPassword() {
    String username = "throttle-" + shortId();
    createAccount(administrator(), username);
    FacesClient guesser = new FacesClient();
    for (int i = 1; i < 5; i++) {
      assertTrue(guesser.login(username, "verkeerd-" + i).contains("De gebruikersnaam of het wachtwoord klopt niet."));
    }
    assertTrue(guesser.login(username, "verkeerd-5").contains("Te veel mislukte pogingen"), "the fifth failure blocks");
    Page blocked = guesser.login(username, PASSWORD);
    assertTrue(blocked.contains("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."), blocked.html());
    assertFalse(blocked.contains("Welkom"));
  }

  @Test
  void aTokenOfOneOrganisationSeesOnlyItWhenOrganisationsAreKeptApart() {
    FacesClient admin = administrator();
    Page tokens = admin.get("/admin/tokens");
    String tokenName = "Zaaksysteem Dijkvliet " + shortId();
    Page issued =
        admin.submit(tokens, "issueToken", Map.of(
                "issueToken:name", tokenName,
                "issueToken:scopes", "lezen",
                "issueToken:organisationId", tokens.option("issueToken:organisationId", "Gemeente Dijkvliet")),
            "issueToken:issue");
    Matcher secret = Pattern.compile("id=\"issued-secret\">([^<]+)<").matcher(issued.html());
    assertTrue(secret.find(), "the secret is shown once");
    String token = secret.group(1).strip();

    assertEquals(4, organisationsSeenBy(token).size(), "shared by default");
    setOrganisationsSeparated(admin, true);
    try {
      List<JsonObject> seen = organisationsSeenBy(token);
      assertEquals(List.of("Gemeente Dijkvliet"), seen.stream().map(o -> o.getString("naam")).toList());
      String other = organisationsSeenBy(Http.DEMO_TOKEN).stream()
          .filter(o -> o.getString("naam").equals("Gemeente Oosterweide")).findFirst().orElseThrow().getString("id");
      assertEquals(404, send(Http.get("/api/v1/organisaties/" + other).header("Authorization", "Bearer " + token)).statusCode(),
          "another organisation does not exist for this token");
    } finally {
      setOrganisationsSeparated(admin, false);
    }
    assertEquals(4, organisationsSeenBy(token).size());

    Page list = admin.get("/admin/tokens");
    assertTrue(list.contains(token.substring(0, 10)), "administrators recognise a token by its prefix");
    assertFalse(list.contains(token), "the secret is never shown again");
    assertFalse(rowOf(list, tokenName).contains("Nog nooit"), "its last use is recorded");

    admin.submit(list, "tokens", Map.of(), list.buttonInRow(tokenName, ":revoke"));
    assertEquals(401, send(Http.get("/api/v1/organisaties").header("Authorization", "Bearer " + token)).statusCode(),
        "a revoked token no longer works");
  }

  @Test
  void departmentsAreAddedAndMoved() {
    FacesClient admin = administrator();
    String orgId = organisationsSeenBy(Http.DEMO_TOKEN).stream()
        .filter(o -> o.getString("naam").equals("Werkorganisatie Polderrand")).findFirst().orElseThrow().getString("id");
    String name = "Projectteam " + shortId();
    Page organisation = admin.get("/admin/organisation?id=" + orgId);
    Page added = admin.submit(organisation, "addDepartment", Map.of(
            "addDepartment:name", name,
            "addDepartment:parentId", organisation.option("addDepartment:parentId", "ICT")),
        "addDepartment:add");
    assertEquals(200, added.status());
    assertEquals(2, level(orgId, name), "created below ICT, which is below Bedrijfsvoering");

    String departmentId = department(orgId, name).getString("id");
    Page edit = admin.get("/admin/organisation?id=" + orgId + "&department=" + departmentId);
    admin.submit(edit, "moveDepartment", Map.of("moveDepartment:parentId", ""), "moveDepartment:move");
    assertEquals(0, level(orgId, name), "moved to the top");

    Page empty = admin.submit(admin.get("/admin/organisation?id=" + orgId), "addDepartment",
        Map.of("addDepartment:name", " ", "addDepartment:parentId", ""), "addDepartment:add");
    assertTrue(empty.contains("aria-invalid=\"true\""), "the field is marked");
    assertTrue(empty.contains("Vul dit veld in."));
  }

  private static FacesClient administrator() {
    FacesClient admin = new FacesClient();
    assertTrue(admin.login("beheer", "plein").contains("Welkom"));
    return admin;
  }

  private static Page createAccount(FacesClient admin, String username) {
    Page accounts = admin.get("/admin/accounts");
    return admin.submit(accounts, "newAccount", Map.of(
            "newAccount:username", username,
            "newAccount:displayName", "Testpersoon " + username,
            "newAccount:email", username + "@polderrand.example",
            "newAccount:organisationId", accounts.option("newAccount:organisationId", "Werkorganisatie Polderrand"),
            "newAccount:password", PASSWORD),
        "newAccount:create");
  }

  static String accountLink(FacesClient admin, String username) {
    Page list = admin.get("/admin/accounts?q=" + username);
    Matcher m = Pattern.compile("href=\"(/admin/account\\?id=[0-9a-f-]+)\"").matcher(list.html());
    assertTrue(m.find(), list.html());
    return m.group(1);
  }

  static void setOrganisationsSeparated(FacesClient admin, boolean separated) {
    Page settings = admin.get("/admin/installation");
    Map<String, String> fields = new java.util.HashMap<>(Map.of(
        "settings:name", "Het Plein",
        "settings:theme", "plein",
        "settings:primaryColor", ""));
    fields.put("settings:organisationsSeparated", separated ? "on" : FacesClient.UNCHECKED);
    Page saved = admin.submit(settings, "settings", fields, "settings:save");
    assertEquals(200, saved.status());
    HttpResponse<String> installation = send(Http.api("/api/v1/installatie"));
    assertEquals(separated, json(installation).getBoolean("organisatiesGescheiden"), saved.html());
  }

  private static List<JsonObject> organisationsSeenBy(String token) {
    HttpResponse<String> r = send(Http.get("/api/v1/organisaties?paginaGrootte=100").header("Authorization", "Bearer " + token));
    assertEquals(200, r.statusCode(), r.body());
    return json(r).getJsonArray("organisaties").getValuesAs(JsonObject.class);
  }

  private static JsonObject department(String orgId, String name) {
    return json(send(Http.api("/api/v1/organisaties/" + orgId))).getJsonArray("afdelingen")
        .getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("naam").equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
  }

  private static int level(String orgId, String name) {
    return department(orgId, name).getInt("niveau");
  }

  private static String rowOf(Page page, String text) {
    int start = page.html().indexOf(text);
    return page.html().substring(start, page.html().indexOf("</tr>", start));
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
