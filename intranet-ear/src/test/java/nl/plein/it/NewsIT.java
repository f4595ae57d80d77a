package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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
 * News and blogs through the pages: targeting (a department's news reaches it and its
 * subdepartments, nobody else), reads and unique readers per organisation, scheduling, who may
 * write for whom, bad input, and blogs with likes and comments. Noor ("communicatie") is content
 * editor of the installation, Ricardo ("redacteur") of Gemeente Dijkvliet; Mila works at
 * Burgerzaken, Arjen at Groen, both of Werkorganisatie Polderrand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsIT {
  private static final Pattern ITEM_ID = Pattern.compile("/news/item\\?id=([0-9a-f-]{36})");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void aDepartmentsNewsReachesItOnlyAndIsSanitized() {
    FacesClient noor = FacesClient.as("communicatie");
    String word = "balie" + UUID.randomUUID().toString().substring(0, 6);
    Page form = noor.get("/news/edit?soort=nieuws");
    Page published = noor.submit(form, "news", Map.of("news:title", "Openingstijden " + word,
        "news:text", "De balie is **vanaf maandag** open tot 20 uur.<script>alert(1)</script>",
        "targets", target(form, "Burgerzaken")), "news:save");
    assertTrue(published.contains("Het bericht is opgeslagen."), published.html());
    assertTrue(published.contains("<strong>vanaf maandag</strong>"), published.html());
    assertFalse(published.around("div", "vanaf maandag").contains("<script"), "no script");
    String id = id(published);

    FacesClient mila = FacesClient.as("medewerker");
    assertTrue(mila.get("/news/").contains("Openingstijden " + word), "in Mila's overview");
    assertTrue(mila.get("/").contains("Openingstijden " + word), "on Mila's start page");
    assertEquals(200, mila.get("/news/item?id=" + id).status());

    FacesClient arjen = FacesClient.as("ambassadeur");
    assertFalse(arjen.get("/news/").contains("Openingstijden " + word), "Groen is not Burgerzaken");
    assertFalse(arjen.get("/").contains("Openingstijden " + word));
    assertEquals(404, arjen.get("/news/item?id=" + id).status());
  }

  @Test
  void readsAndUniqueReadersAreCountedPerOrganisationForTheWriterOnly() {
    FacesClient noor = FacesClient.as("communicatie");
    String word = "garage" + UUID.randomUUID().toString().substring(0, 6);
    Page form = noor.get("/news/edit?soort=nieuws");
    String id = id(noor.submit(form, "news", Map.of("news:title", "Parkeren " + word,
        "news:text", "Parkeer bij de werf.", "targets", target(form, "Werkorganisatie Polderrand")), "news:save"));

    FacesClient mila = FacesClient.as("medewerker");
    mila.get("/news/item?id=" + id);
    Page again = mila.get("/news/item?id=" + id);
    assertFalse(again.contains("keer gelezen door"), "readers see no figures");
    FacesClient.as("ambassadeur").get("/news/item?id=" + id);
    assertEquals(404, FacesClient.as("redacteur").get("/news/item?id=" + id).status(), "not for Dijkvliet");

    Page own = noor.get("/news/item?id=" + id);
    assertTrue(own.contains("3 keer gelezen door 2 collega's."), own.html());
    String perOrganisation = own.around("table", "Lezers per organisatie");
    assertTrue(perOrganisation.matches("(?s).*Werkorganisatie Polderrand</th>.*\\b2\\s*</td>.*"), perOrganisation);
    assertTrue(noor.get("/news/mine").contains("Parkeren " + word), "on the writer's own list");
  }

  @Test
  void aScheduledItemAppearsOnlyAtItsTime() {
    FacesClient noor = FacesClient.as("communicatie");
    String word = "borrel" + UUID.randomUUID().toString().substring(0, 6);
    String later = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString();
    Page form = noor.get("/news/edit?soort=nieuws");
    Page past = noor.submit(form, "news", Map.of("news:title", "Vroeger " + word, "news:text", "Tekst.",
        "news:publishAt", "2020-01-01T10:00", "targets", target(form, null)), "news:save");
    assertTrue(past.contains("Kies een moment vanaf nu"), past.html());
    assertTrue(past.contains("Vroeger " + word), "the title is still in the form");
    Page scheduled = noor.submit(form, "news", Map.of("news:title", "Borrel " + word, "news:text", "Vrijdag.",
        "news:publishAt", later, "targets", target(form, null)), "news:save");
    String id = id(scheduled);
    assertTrue(scheduled.contains("Gepland"), scheduled.html());
    assertTrue(noor.get("/news/mine").contains("Borrel " + word), "the writer sees it");

    FacesClient mila = FacesClient.as("medewerker");
    assertEquals(404, mila.get("/news/item?id=" + id).status());
    assertFalse(mila.get("/news/").contains("Borrel " + word));
    assertFalse(mila.get("/").contains("Borrel " + word));
  }

  @Test
  void onlyEditorsWriteNewsAndOnlyForTheirOwnOrganisations() {
    FacesClient mila = FacesClient.as("medewerker");
    Page refused = mila.get("/news/edit?soort=nieuws");
    assertEquals(403, refused.status());
    assertTrue(refused.contains("Alleen redacteuren schrijven nieuws."), refused.html());
    assertFalse(mila.get("/news/").contains("id=\"write-news\""), "no button for Mila");

    FacesClient ricardo = FacesClient.as("redacteur");
    Page form = ricardo.get("/news/edit?soort=nieuws");
    assertFalse(form.contains("value=\"installatie\""), "Dijkvliet's editor does not write for everyone");
    assertFalse(form.contains("Werkorganisatie Polderrand"), "nor for another organisation");
    String polderrand = target(FacesClient.as("communicatie").get("/news/edit?soort=nieuws"), "Werkorganisatie Polderrand");
    Page crafted = ricardo.submit(form, "news", Map.of("news:title", "Niet voor jullie", "news:text", "Tekst.",
        "targets", polderrand), "news:save");
    assertTrue(crafted.contains("U mag niet schrijven voor een van de gekozen organisaties of afdelingen."), crafted.html());

    Map<String, String> empty = new HashMap<>(Map.of("news:title", " ", "news:text", "", "targets", target(form, "Gemeente Dijkvliet")));
    Page invalid = ricardo.submit(form, "news", empty, Map.of("news:image",
        List.of(new Upload("zwembad.png", "image/png", TestFiles.png(400, 300)))), "news:save");
    assertTrue(invalid.contains("id=\"news:title-error\"") && invalid.contains("Vul dit veld in."), invalid.html());
    assertTrue(invalid.contains("Beschrijf de afbeelding voor wie haar niet kan zien."), invalid.html());

    Page withPicture = ricardo.submit(form, "news", Map.of("news:title", "Zwembad open", "news:text", "Kom zwemmen.",
        "news:imageAlt", "Het nieuwe zwembad van buiten", "targets", target(form, "Gemeente Dijkvliet")),
        Map.of("news:image", List.of(new Upload("zwembad.png", "image/png", TestFiles.png(400, 300)))), "news:save");
    assertTrue(withPicture.contains("alt=\"Het nieuwe zwembad van buiten\""), withPicture.html());
    Matcher image = Pattern.compile("/news/image/([0-9a-f-]{36})/groot\\?v=1").matcher(withPicture.html());
    assertTrue(image.find(), withPicture.html());
    assertEquals(200, ricardo.get("/news/image/" + image.group(1) + "/groot?v=1").status());
    assertEquals(404, mila.get("/news/image/" + image.group(1) + "/groot?v=1").status(), "not for Polderrand");
  }

  @Test
  void aBlogIsLikedAndCommentedNewsIsNot() {
    FacesClient noor = FacesClient.as("communicatie");
    String word = "les" + UUID.randomUUID().toString().substring(0, 6);
    Page form = noor.get("/news/edit?soort=blog");
    String blog = id(noor.submit(form, "news", Map.of("news:title", "Blog " + word, "news:text", "Drie lessen.",
        "targets", target(form, null)), "news:save"));

    FacesClient arjen = FacesClient.as("ambassadeur");
    Page read = arjen.get("/news/item?id=" + blog);
    assertTrue(read.contains("Nog niemand vindt dit leuk."), read.html());
    Page liked = arjen.submit(read, "likeForm", Map.of(), "likeForm:like");
    assertTrue(liked.contains("1 collega vindt dit leuk."), liked.html());
    Page commented = arjen.submit(liked, "commentForm", Map.of("commentForm:comment", "Mooi, vooral <b>les</b> twee."),
        "commentForm:commentButton");
    assertTrue(commented.contains("Uw reactie is geplaatst."), commented.html());
    assertTrue(commented.contains("&lt;b&gt;les"), "typed HTML is shown as text");
    assertTrue(commented.contains("1 reactie"), commented.html());
    assertTrue(FacesClient.as("medewerker").get("/news/?soort=blog").contains("Blog " + word), "in the blogs");

    String news = id(noor.submit(noor.get("/news/edit?soort=nieuws"), "news", Map.of("news:title", "Nieuws " + word,
        "news:text", "Tekst.", "targets", "installatie"), "news:save"));
    Page plain = arjen.get("/news/item?id=" + news);
    assertFalse(plain.contains("likeForm") || plain.contains("commentForm"), "news has no likes or comments");
  }

  /** The code of the checkbox with this label (null: everyone). */
  static String target(Page form, String label) {
    if (label == null) {
      return "installatie";
    }
    Matcher m = Pattern.compile("value=\"((?:organisatie|afdeling):[0-9a-f-]{36})\"[^>]*>\\s*<label[^>]*>"
        + Pattern.quote(label) + "</label>").matcher(form.html());
    assertTrue(m.find(), "no choice " + label + " in " + form.html());
    return m.group(1);
  }

  static String id(Page page) {
    Matcher m = ITEM_ID.matcher(page.uri().toString());
    assertTrue(m.find(), page.uri() + "\n" + page.html());
    return m.group(1);
  }
}
