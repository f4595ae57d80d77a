package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.plein.it.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The org chart, following colleagues, and merging expertise tags, through the pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleNetworkIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void theOrgChartShowsTheManagerLineReportsAndTheDepartment() {
    // Someone two levels down: a report whose manager has a manager too.
    List<JsonObject> everyone = people("paginaGrootte=100&sortering=naam").stream()
        .map(p -> person(p.getString("id"))).toList();
    JsonObject report = everyone.stream()
        .filter(p -> managerOf(p) != null && everyone.stream()
            .anyMatch(m -> m.getString("id").equals(managerOf(p)) && managerOf(m) != null))
        .findFirst().orElseThrow(() -> new AssertionError("the demo data has a three-level line"));
    String reportId = report.getString("id");
    JsonObject jan = person(managerOf(report)); // "Jan": the report's manager
    String janId = jan.getString("id");
    String departmentId = report.getJsonObject("afdeling").getString("id");
    List<JsonObject> colleagues = people("afdeling=" + departmentId + "&paginaGrootte=100");

    FacesClient employee = new FacesClient();
    employee.login("medewerker", "plein");
    Page reportPage = employee.get("/people/person?id=" + reportId);
    String managers = section(reportPage, "managers-heading", "</ol>");
    assertTrue(managers.contains("id=" + janId), "Jan is in the manager line: " + managers);
    String above = managerOf(jan);
    assertTrue(managers.contains("id=" + above), "and the manager's manager");
    assertTrue(managers.indexOf("id=" + above) < managers.indexOf("id=" + janId), "the top of the line first");

    Page janPage = employee.get("/people/person?id=" + janId);
    String reports = section(janPage, "reports-heading", "</ul>");
    assertTrue(reports.contains("id=" + reportId), "the report is listed under Jan: " + reports);

    Page department = employee.get("/people/department?id=" + departmentId);
    assertEquals(200, department.status());
    assertTrue(department.contains(colleagues.size() == 1 ? "1 medewerker" : colleagues.size() + " medewerkers"),
        department.html());
    assertTrue(department.contains(report.getString("naam")));

    Page unknown = employee.get("/people/department?id=00000000-0000-0000-0000-000000000001");
    assertEquals(404, unknown.status());
  }

  @Test
  void followingAColleagueListsThemAndSeparationHidesThemEvenFromTheCount() {
    FacesClient employee = new FacesClient();
    employee.login("medewerker", "plein");
    String fatima = idOf("Fatima El Amrani");
    Page profile = employee.get("/people/person?id=" + fatima);
    Page followed = employee.submit(profile, "follow", Map.of(), "follow:followButton");
    assertTrue(followed.contains("U volgt Fatima El Amrani nu."), followed.html());
    assertTrue(followed.contains("follow:unfollowButton"), "the button turns into unfollow");
    // Following twice (an old page's button) changes nothing.
    employee.submit(profile, "follow", Map.of(), "follow:followButton");

    Page following = employee.get("/people/following");
    assertEquals(200, following.status());
    assertTrue(following.contains("U volgt 1 collega."), following.html());
    assertTrue(following.contains("id=" + fatima));

    FacesClient admin = new FacesClient();
    admin.login("beheer", "plein");
    AdministrationIT.setOrganisationsSeparated(admin, true);
    try {
      Page separated = employee.get("/people/following");
      assertTrue(separated.contains("U volgt nog niemand."), "Dijkvliet is now out of sight, also in the count");
      assertFalse(separated.contains("id=" + fatima));
    } finally {
      AdministrationIT.setOrganisationsSeparated(admin, false);
    }

    Page unfollowed = employee.submit(employee.get("/people/person?id=" + fatima), "follow", Map.of(),
        "follow:unfollowButton");
    assertTrue(unfollowed.contains("U volgt Fatima El Amrani niet meer."), unfollowed.html());
    assertTrue(employee.get("/people/following").contains("U volgt nog niemand."));
  }

  @Test
  void anInstallationAdministratorMergesATagIntoAnother() {
    List<JsonObject> everyone = people("paginaGrootte=100&sortering=naam");
    String first = everyone.get(everyone.size() - 1).getString("id");
    String second = everyone.get(everyone.size() - 2).getString("id");
    FacesClient admin = new FacesClient();
    admin.login("beheer", "plein");
    addTag(admin, first, "Straatbomen");
    addTag(admin, second, "Stadsbomen");
    assertEquals(1, total("expertise=Straatbomen"));

    Page tags = admin.get("/admin/expertise?q=bomen");
    Page same = admin.submit(tags, "merge",
        Map.of("merge:sourceId", tags.option("merge:sourceId", "Stadsbomen (1)"),
            "merge:targetId", tags.option("merge:targetId", "Stadsbomen (1)")), "merge:mergeButton");
    assertTrue(same.contains("Kies twee verschillende onderwerpen."), same.html());

    Page merged = admin.submit(tags, "merge",
        Map.of("merge:sourceId", tags.option("merge:sourceId", "Straatbomen (1)"),
            "merge:targetId", tags.option("merge:targetId", "Stadsbomen (1)")), "merge:mergeButton");
    assertTrue(merged.contains("De tag Straatbomen is samengevoegd met Stadsbomen."), merged.html());
    assertEquals(0, total("expertise=Straatbomen"), "the first tag is gone, also from the index");
    assertEquals(2, total("expertise=Stadsbomen"), "both people now have the second");
    assertTrue(person(first).getJsonArray("expertise").getValuesAs(jakarta.json.JsonString.class).stream()
        .anyMatch(s -> s.getString().equals("Stadsbomen")));
    assertFalse(admin.get("/admin/expertise?q=straatbomen").contains(">Straatbomen<"));

    FacesClient employee = new FacesClient();
    employee.login("medewerker", "plein");
    assertEquals(403, employee.get("/admin/expertise").status());
  }

  @Test
  void aRenamedDepartmentIsFoundUnderItsNewName() throws InterruptedException {
    JsonObject jan = person(idOf("Jan de Vries"));
    String orgId = jan.getJsonObject("organisatie").getString("id");
    String departmentId = jan.getJsonObject("afdeling").getString("id");
    String oldName = jan.getJsonObject("afdeling").getString("naam");
    FacesClient admin = new FacesClient();
    admin.login("beheer", "plein");
    rename(admin, orgId, departmentId, "Publiekszaken");
    try {
      assertTrue(eventually(() -> people("q=publiekszaken&paginaGrootte=100").stream()
          .anyMatch(p -> p.getString("naam").equals("Jan de Vries"))), "found under the new name");
      assertEquals("Publiekszaken", person(jan.getString("id")).getJsonObject("afdeling").getString("naam"));
    } finally {
      rename(admin, orgId, departmentId, oldName);
    }
    assertTrue(eventually(() -> total("q=publiekszaken") == 0), "and no longer once renamed back");
  }

  private static void rename(FacesClient admin, String orgId, String departmentId, String name) {
    Page edit = admin.get("/admin/organisation?id=" + orgId + "&department=" + departmentId);
    Page renamed = admin.submit(edit, "renameDepartment", Map.of("renameDepartment:name", name),
        "renameDepartment:rename");
    assertEquals(200, renamed.status());
  }

  /** The index follows a rename in the background: wait for it, up to 30 seconds. */
  private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static void addTag(FacesClient admin, String personId, String tag) {
    Page edit = admin.get("/people/edit?id=" + personId);
    String current = String.join(", ", person(personId).getJsonArray("expertise")
        .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    Page saved = admin.submit(edit, "profile",
        Map.of("profile:expertise", current.isEmpty() ? tag : current + ", " + tag), "profile:save");
    assertEquals(200, saved.status());
    assertTrue(person(personId).getJsonArray("expertise").toString().contains(tag), saved.html());
  }

  private static String managerOf(JsonObject person) {
    return person.containsKey("leidinggevende") && !person.isNull("leidinggevende")
        ? person.getJsonObject("leidinggevende").getString("id")
        : null;
  }

  /** The page's text from an element with this id up to the end marker. */
  private static String section(Page page, String id, String end) {
    int start = page.html().indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, "no " + id + " on " + page.uri());
    return page.html().substring(start, page.html().indexOf(end, start));
  }

  private static JsonObject person(String id) {
    return Http.json(Http.send(Http.api("/api/v1/personen/" + id)));
  }

  private static List<JsonObject> people(String query) {
    return Http.json(Http.send(Http.api("/api/v1/personen?" + query)))
        .getJsonArray("personen").getValuesAs(JsonObject.class);
  }

  private static long total(String query) {
    return Http.json(Http.send(Http.api("/api/v1/personen?paginaGrootte=1&" + query)))
        .getJsonObject("paginering").getJsonNumber("totaal").longValue();
  }

  private static String idOf(String name) {
    return people("q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).stream()
        .filter(p -> p.getString("naam").equals(name)).findFirst().orElseThrow().getString("id");
  }
}
