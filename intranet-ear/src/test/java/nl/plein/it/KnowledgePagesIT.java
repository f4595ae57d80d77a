package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.it.FacesClient.Page;
import nl.plein.it.FacesClient.Upload;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Knowledge pages through the pages: writing, revisions, comparing and restoring; two people saving
 * at once; who reads what (a secret group's pages do not exist for outsiders); unpublishing with a
 * successor; the review to-do list and queue; feedback; documents whose text could not be read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgePagesIT {
  private static final Pattern PAGE_ID = Pattern.compile("/pages/page\\?id=([0-9a-f-]{36})");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void aPageIsWrittenRevisedComparedAndRestored() {
    FacesClient mila = FacesClient.as("medewerker");
    String department = departmentOfMila(mila);
    String word = "kw" + UUID.randomUUID().toString().substring(0, 6);
    Page created = create(mila, "/pages/edit?department=" + department, "Verhuizing doorgeven " + word,
        "## Online\n\nDe inwoner geeft een verhuizing door via de website.\n\nDe balie is open tot 17 uur.");
    assertTrue(created.contains("De pagina is aangemaakt."), created.html());
    assertTrue(created.contains("<h2>Online</h2>"), created.html());
    String id = id(created);

    Page edit = mila.get("/pages/edit?id=" + id);
    Page saved = mila.submit(edit, "editor", Map.of("editor:text",
        "## Online\n\nDe inwoner geeft een verhuizing door via de website.\n\nDe balie is open tot 16 uur.",
        "editor:note", "Nieuwe openingstijd"), "editor:save");
    assertTrue(saved.contains("De pagina is opgeslagen."), saved.html());
    assertTrue(saved.contains("Versie 2"), saved.html());

    Page history = mila.get("/pages/history?id=" + id);
    assertTrue(history.contains("Nieuwe openingstijd"), history.html());
    assertTrue(history.html().matches("(?s).*name=\"to\" value=\"2\"[^>]*checked.*"), "the newest is compared by default");
    Page compare = mila.get("/pages/compare?id=" + id + "&from=1&to=2");
    assertEquals(200, compare.status());
    assertTrue(compare.contains("<del>17</del>"), compare.html());
    assertTrue(compare.contains("<ins>16</ins>"), compare.html());

    Matcher restore = Pattern.compile("name=\"(restoreForm:[^\"]*:restore)\" value=\"Zet terug: versie 1\"")
        .matcher(history.html());
    assertTrue(restore.find(), history.html());
    Page restored = mila.submit(history, "restoreForm", Map.of(), restore.group(1));
    assertTrue(restored.contains("Versie 1 is teruggezet als nieuwe versie."), restored.html());
    assertTrue(restored.contains("open tot 17 uur"), restored.html());
    assertTrue(restored.contains("Versie 3"), restored.html());
    assertTrue(mila.get("/pages/history?id=" + id).contains("Versie 1 teruggezet."), "the restore is in the history");

    // Pasted HTML keeps its structure without its dangers.
    Page unsafe = mila.submit(mila.get("/pages/edit?id=" + id), "editor", Map.of("editor:text",
        "<p onclick=\"alert(1)\">Welkom</p><script>alert('x')</script><table><tr><th>Dag</th></tr></table>"),
        "editor:save");
    assertTrue(unsafe.contains("De pagina is opgeslagen."), unsafe.html());
    String text = unsafe.around("div", "Welkom");
    assertFalse(text.contains("onclick") || text.contains("<script"), text);
    assertTrue(unsafe.contains("<th>Dag</th>"), unsafe.html());
  }

  @Test
  void twoPeopleSavingAtOnceAreToldAndNothingIsLost() {
    FacesClient mila = FacesClient.as("medewerker");
    FacesClient arjen = FacesClient.as("ambassadeur");
    String group = GroupsApiIT.groupId("Vraag het intranet");
    Page created = create(mila, "/pages/edit?group=" + group, "Wachtwoord vergeten",
        "Bel de servicedesk.\n\nZij zetten het wachtwoord terug.");
    String id = id(created);

    Page milasForm = mila.get("/pages/edit?id=" + id);
    Page arjensForm = arjen.get("/pages/edit?id=" + id);
    Page milaSaved = mila.submit(milasForm, "editor", Map.of("editor:text",
        "Bel de servicedesk op 1234.\n\nZij zetten het wachtwoord terug."), "editor:save");
    assertTrue(milaSaved.contains("De pagina is opgeslagen."), milaSaved.html());

    Page conflict = arjen.submit(arjensForm, "editor", Map.of("editor:text",
        "Bel de servicedesk.\n\nZij zetten het wachtwoord terug binnen een uur."), "editor:save");
    assertTrue(conflict.contains("Iemand anders heeft de pagina intussen opgeslagen (versie 2)"), conflict.html());
    assertTrue(conflict.contains("binnen een uur"), "Arjen's text is still in the form");
    assertTrue(conflict.around("section", "Wat de ander veranderde").contains("op 1234</ins>"), conflict.html());
    assertFalse(mila.get("/pages/page?id=" + id).contains("binnen een uur"), "nothing of Arjen's was saved");

    Page merged = arjen.submit(conflict, "editor", Map.of("editor:text",
        "Bel de servicedesk op 1234.\n\nZij zetten het wachtwoord terug binnen een uur."), "editor:save");
    assertTrue(merged.contains("De pagina is opgeslagen."), merged.html());
    assertTrue(merged.contains("op 1234") && merged.contains("binnen een uur"), merged.html());
    assertTrue(merged.contains("Versie 3"), merged.html());
  }

  @Test
  void aSecretGroupsPagesDoNotExistForOutsiders() {
    String secret = GroupsApiIT.groupId("Reorganisatie ICT");
    String word = "geheim" + UUID.randomUUID().toString().substring(0, 6);
    FacesClient bea = FacesClient.as("beheer");
    Page created = create(bea, "/pages/edit?group=" + secret, "Nieuwe indeling " + word, "Het concept van " + word);
    String id = id(created);
    Page edit = bea.get("/pages/edit?id=" + id);
    Page withFile = bea.submit(edit, "upload", Map.of(),
        Map.of("upload:file", List.of(new Upload("concept.pdf", "application/pdf", TestFiles.pdf("Concept " + word)))),
        "upload:uploadButton");
    assertTrue(withFile.contains("Het bestand is toegevoegd."), withFile.html());
    Matcher file = Pattern.compile("/pages/file/([0-9a-f-]{36})").matcher(bea.get("/pages/page?id=" + id).html());
    assertTrue(file.find());

    FacesClient mila = FacesClient.as("medewerker");
    assertEquals(404, mila.get("/pages/page?id=" + id).status());
    assertEquals(404, mila.get("/pages/history?id=" + id).status());
    assertEquals(404, mila.get("/pages/compare?id=" + id + "&from=1&to=1").status());
    assertEquals(404, mila.get("/pages/file/" + file.group(1)).status());
    assertEquals(404, mila.get("/pages/?group=" + secret).status());
    assertFalse(mila.get("/pages/").contains("Reorganisatie ICT"), "the space is not listed");
    assertEquals(200, bea.get("/pages/file/" + file.group(1)).status());
  }

  @Test
  void anUnpublishedPageLeadsToItsSuccessorAndTheMenuHasNoCycles() {
    FacesClient mila = FacesClient.as("medewerker");
    String group = GroupsApiIT.groupId("Vraag het intranet");
    String parent = id(create(mila, "/pages/edit?group=" + group, "Inloggen", "Zo log je in."));
    Page child = create(mila, "/pages/edit?parent=" + parent, "Inloggen met een pas", "Met de pas.");
    String childId = id(child);
    assertTrue(child.contains("aria-current=\"page\">Inloggen met een pas</a>"), "the menu opens here");

    Page manage = mila.get("/pages/manage?id=" + parent);
    Page cycle = mila.submit(manage, "moveForm", Map.of("moveForm:parent", childId), "moveForm:moveButton");
    assertTrue(cycle.contains("Een pagina kan niet onder zichzelf of onder een van haar eigen subpagina"), cycle.html());

    Page childManage = mila.get("/pages/manage?id=" + childId);
    Page noReason = mila.submit(childManage, "unpublishForm", Map.of("unpublishForm:reason", " "),
        "unpublishForm:unpublishButton");
    assertTrue(noReason.contains("Geef een reden op"), noReason.html());
    Page unpublished = mila.submit(noReason, "unpublishForm", Map.of("unpublishForm:reason", "Samengevoegd",
        "unpublishForm:successor", parent), "unpublishForm:unpublishButton");
    assertTrue(unpublished.contains("De pagina is offline gehaald."), unpublished.html());

    FacesClient arjen = FacesClient.as("ambassadeur");
    Page redirected = arjen.get("/pages/page?id=" + childId);
    assertTrue(redirected.uri().toString().contains(parent), redirected.uri().toString());
    assertTrue(redirected.contains("De pagina „Inloggen met een pas” is vervangen door deze pagina."), redirected.html());
    assertFalse(redirected.contains("Inloggen met een pas</a>"), "no longer in the menu");
  }

  @Test
  void overduePagesAreOnTheOwnersListAndTheQueueUntilReviewed() {
    FacesClient mila = FacesClient.as("medewerker");
    Page index = mila.get("/pages/");
    assertTrue(index.contains("1 pagina van u moet worden herzien."), index.html());
    Page reviews = mila.get("/pages/reviews");
    assertTrue(reviews.contains("Paspoort en identiteitskaart aanvragen"), reviews.html());
    assertTrue(reviews.contains("12 dagen geleden"), reviews.html());
    FacesClient carmen = FacesClient.as("community");
    assertTrue(carmen.get("/community/pages").contains("Paspoort en identiteitskaart aanvragen"), "in the queue");

    // Feedback from Arjen reaches the owner.
    FacesClient arjen = FacesClient.as("ambassadeur");
    String id = id(reviews.html());
    Page page = arjen.get("/pages/page?id=" + id);
    Page answered = arjen.submit(page, "helpfulForm", Map.of("helpfulForm:feedbackComment", "Spoed mist de kosten."),
        "helpfulForm:no");
    assertTrue(answered.contains("Dank u wel, de eigenaar ziet uw antwoord."), answered.html());

    Page manage = mila.get("/pages/manage?id=" + id);
    assertTrue(manage.contains("0 ja, 1 nee"), manage.html());
    assertTrue(manage.contains("Spoed mist de kosten."), manage.html());
    Page past = mila.submit(manage, "reviewForm", Map.of("reviewForm:nextReview", "2020-01-01"),
        "reviewForm:confirmReview");
    assertTrue(past.contains("Kies een datum na vandaag."), past.html());
    Page reviewed = mila.submit(past, "reviewForm", Map.of("reviewForm:nextReview",
        java.time.LocalDate.now().plusMonths(6).toString()), "reviewForm:confirmReview");
    assertTrue(reviewed.contains("De pagina is herzien."), reviewed.html());
    assertTrue(mila.get("/pages/reviews").contains("Er zijn geen pagina's om te herzien."), "off the list");
    assertFalse(carmen.get("/community/pages").contains("Paspoort en identiteitskaart aanvragen"), "off the queue");
  }

  @Test
  void aFormLargerThanTheServerAcceptsGetsAClearPageAndNothingIsLost() {
    FacesClient mila = FacesClient.as("medewerker");
    String group = GroupsApiIT.groupId("Vraag het intranet");
    String id = id(create(mila, "/pages/edit?group=" + group, "Grote bestanden", "Over grote bestanden."));
    Page edit = mila.get("/pages/edit?id=" + id);
    Page refused = mila.submit(edit, "upload", Map.of(), Map.of("upload:file",
        List.of(new Upload("film.pdf", "application/pdf", new byte[20 * 1024 * 1024]))), "upload:uploadButton");
    assertEquals(413, refused.status(), refused.html());
    assertTrue(refused.contains("Te groot om te versturen"), refused.html());
    assertTrue(refused.contains("Er is niets opgeslagen."), refused.html());
    Page after = mila.get("/pages/page?id=" + id);
    assertTrue(after.contains("Over grote bestanden.") && !after.contains("film.pdf"), "the page as it was");
  }

  @Test
  void theOwnerHandsThePageToAColleagueFoundInTheDirectory() {
    FacesClient mila = FacesClient.as("medewerker");
    String id = id(create(mila, "/pages/edit?department=" + departmentOfMila(mila), "Overdracht balie "
        + UUID.randomUUID().toString().substring(0, 6), "Wie doet wat."));
    Page manage = mila.get("/pages/manage?id=" + id);
    assertTrue(manage.contains("Eigenaar nu: Mila de Wit."), manage.html());
    Page nobody = mila.submit(manage, "ownerForm", Map.of("ownerForm:ownerQuery", "zzqqxx"), "ownerForm:findOwner");
    assertTrue(nobody.contains("Geen collega gevonden."), nobody.html());
    Page found = mila.submit(manage, "ownerForm", Map.of("ownerForm:ownerQuery", "Carmen Mulders"), "ownerForm:findOwner");
    Matcher button = Pattern.compile("name=\"(ownerForm:[^\"]*:makeOwner)\"[^>]*aria-label=\"Maak eigenaar: Carmen Mulders\"")
        .matcher(found.html());
    assertTrue(button.find(), found.html());
    Page handed = mila.submit(found, "ownerForm", Map.of(), button.group(1));
    assertTrue(handed.contains("Carmen Mulders is nu de eigenaar van de pagina."), handed.html());
    assertTrue(handed.uri().toString().contains("/pages/page"), handed.uri().toString());
    assertEquals(403, mila.get("/pages/manage?id=" + id).status(), "Mila no longer manages it");
    assertTrue(FacesClient.as("community").get("/pages/manage?id=" + id).contains("Eigenaar nu: Carmen Mulders."));
  }

  @Test
  void aProtectedOrDamagedDocumentIsKeptButNotSearchableAndBadInputIsRefusedClearly() {
    FacesClient mila = FacesClient.as("medewerker");
    String group = GroupsApiIT.groupId("Vraag het intranet");
    String id = id(create(mila, "/pages/edit?group=" + group, "Formulieren", "De formulieren."));
    Page edit = mila.get("/pages/edit?id=" + id);
    byte[] damaged = "%PDF-1.4\nkapot".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Page kept = mila.submit(edit, "upload", Map.of(),
        Map.of("upload:file", List.of(new Upload("kapot.pdf", "application/pdf", damaged))), "upload:uploadButton");
    assertTrue(kept.contains("Het bestand is toegevoegd."), kept.html());
    assertTrue(kept.around("li", "kapot.pdf").contains("niet doorzoekbaar"), kept.html());

    Page tooLarge = mila.submit(kept, "upload", Map.of(), Map.of("upload:file",
        List.of(new Upload("groot.pdf", "application/pdf", new byte[11 * 1024 * 1024]))), "upload:uploadButton");
    assertTrue(tooLarge.contains("te groot"), tooLarge.html());
    Page exe = mila.submit(kept, "upload", Map.of(), Map.of("upload:file",
        List.of(new Upload("setup.exe", "application/octet-stream", "MZ\u0090\u0000".getBytes()))), "upload:uploadButton");
    assertTrue(exe.contains("setup.exe"), exe.html());
    assertEquals(200, exe.status());

    Page empty = mila.submit(mila.get("/pages/edit?id=" + id), "editor", Map.of("editor:title", " "), "editor:save");
    assertTrue(empty.contains("Dit veld is verplicht") || empty.contains("verplicht"), empty.html());
    assertTrue(mila.get("/pages/page?id=" + id).contains("Formulieren"), "nothing lost");
    assertEquals(404, mila.get("/pages/page?id=geen-id").status());
    assertEquals(404, mila.get("/pages/compare?id=" + id + "&from=1&to=99").status());
  }

  static Page create(FacesClient client, String path, String title, String text) {
    Page form = client.get(path);
    assertEquals(200, form.status(), form.html());
    return client.submit(form, "editor", Map.of("editor:title", title, "editor:text", text), "editor:save");
  }

  static String id(Page page) {
    assertTrue(page.uri().toString().contains("/pages/page"), page.uri() + "\n" + page.html());
    return page.uri().getQuery().replaceAll(".*id=([0-9a-f-]{36}).*", "$1");
  }

  private static String id(String html) {
    Matcher m = Pattern.compile("/pages/manage\\?id=([0-9a-f-]{36})").matcher(html);
    assertTrue(m.find(), html);
    return m.group(1);
  }

  static String departmentOfMila(FacesClient mila) {
    Matcher m = Pattern.compile("department=([0-9a-f-]{36})\">Burgerzaken").matcher(mila.get("/pages/").html());
    assertTrue(m.find(), "Burgerzaken has pages");
    return m.group(1);
  }
}
