package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import nl.plein.it.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Profiles through the pages: who may edit, and text that looks like HTML stays text. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfileIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void anEmployeeCannotEditSomeoneElsesProfile() {
    FacesClient employee = new FacesClient();
    employee.login("medewerker", "plein");
    Page edit = employee.get("/people/edit?id=" + idOf("Jan de Vries"));
    assertEquals(403, edit.status());
    assertTrue(edit.contains("U mag alleen uw eigen profiel wijzigen."), edit.html());
  }

  @Test
  void anAdministratorMayAndHtmlIsShownAsText() {
    String jan = idOf("Kees van der Meer");
    FacesClient admin = new FacesClient();
    admin.login("beheer", "plein");
    Page edit = admin.get("/people/edit?id=" + jan);
    assertEquals(200, edit.status());
    String script = "<script>alert('xss')</script> & <b>vet</b>";
    Page saved = admin.submit(edit, "profile", Map.of("profile:bio", script), "profile:save");
    assertEquals(200, saved.status());
    Page profile = admin.get("/people/person?id=" + jan);
    assertTrue(profile.contains("&lt;script&gt;alert("), "escaped on the page");
    assertFalse(profile.contains("<script>alert("), "never markup");
    JsonObject api = Http.json(Http.send(Http.api("/api/v1/personen/" + jan)));
    assertEquals(script, api.getString("bio"), "kept exactly as typed; JSON is text");
    assertEquals("Informatieadviseur", api.getString("functie"), "the rest of the profile is unchanged");
  }

  @Test
  void anOverlongFieldLosesNothing() {
    String id = idOf("Anouk Bakker");
    FacesClient admin = new FacesClient();
    admin.login("beheer", "plein");
    Page refused = admin.submit(admin.get("/people/edit?id=" + id), "profile",
        Map.of("profile:functionTitle", "x".repeat(121)), "profile:save");
    assertTrue(refused.contains("Gebruik hoogstens 120 tekens."), refused.html());
    assertEquals("Communicatieadviseur",
        Http.json(Http.send(Http.api("/api/v1/personen/" + id))).getString("functie"));
  }

  private static String idOf(String name) {
    return Http.json(Http.send(Http.api("/api/v1/personen?q=" + name.replace(" ", "+"))))
        .getJsonArray("personen").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("naam").equals(name)).findFirst().orElseThrow().getString("id");
  }
}
