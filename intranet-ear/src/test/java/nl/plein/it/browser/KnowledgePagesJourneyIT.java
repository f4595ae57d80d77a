package nl.plein.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.plein.it.PleinDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Knowledge pages as people use them, on a phone: Mila opens her department's knowledge base from
 * the menu, writes a new page with the toolbar and the preview, changes it, compares the two
 * versions and puts the first back. The overdue page on her to-do list is in Carmen's stale-page
 * queue. axe-core checks every state; nothing scrolls sideways at 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgePagesJourneyIT {
  private static Browser browser;
  private final Journey journey = new Journey();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aPageIsWrittenChangedComparedAndRestored() throws Exception {
    Page mila = journey.watch(browser.newPage(Journey.PHONE_WIDTH, 740));
    Journey.logIn(mila, "medewerker");
    mila.locator("#nav-pages").click();
    mila.waitForURL("**/pages/**");
    assertThat(mila.locator("h1")).hasText("Kennisbank");
    assertThat(mila.locator("#my-reviews")).containsText("1 pagina van u moet worden herzien.");
    journey.check(mila, "knowledge base");

    mila.locator("#spaces").getByText("Burgerzaken").click();
    mila.waitForURL("**/pages/?department=*");
    assertThat(mila.locator("#top-pages")).containsText("Paspoort en identiteitskaart aanvragen");
    journey.check(mila, "the department's pages");

    mila.locator("#new-page-link").click();
    mila.waitForURL("**/pages/edit?department=*");
    mila.locator("[id='editor:title']").fill("Rijbewijs verlengen");
    Locator text = mila.locator("[id='editor:text']");
    text.fill("Een rijbewijs verlengen kan online.");
    // The toolbar puts Markdown around the selected word.
    text.evaluate("area => { const i = area.value.indexOf('online'); area.setSelectionRange(i, i + 'online'.length); }");
    mila.getByRole(AriaRole.TOOLBAR).getByText("Vet").click();
    assertEquals("Een rijbewijs verlengen kan **online**.", text.inputValue());
    mila.locator("[id='editor:previewButton']").click();
    assertThat(mila.locator("#preview-text strong")).hasText("online");
    journey.check(mila, "editor with preview");
    mila.locator("[id='editor:save']").click();
    mila.waitForURL("**/pages/page?id=*");
    assertThat(mila.getByRole(AriaRole.STATUS)).containsText("De pagina is aangemaakt.");
    assertThat(mila.locator("#page-text strong")).hasText("online");
    String pageUrl = mila.url();
    journey.check(mila, "the new page");

    mila.locator("#edit-link").click();
    mila.waitForURL("**/pages/edit?id=*");
    mila.locator("[id='editor:text']").fill("Een rijbewijs verlengen kan online of aan de balie.");
    mila.locator("[id='editor:note']").fill("Balie toegevoegd");
    mila.locator("[id='editor:save']").click();
    mila.waitForURL("**/pages/page?id=*");
    assertThat(mila.locator("#page-text")).containsText("aan de balie");

    mila.locator("#history-link").click();
    mila.waitForURL("**/pages/history?id=*");
    assertThat(mila.locator("#revisions")).containsText("Balie toegevoegd");
    journey.check(mila, "history");
    mila.locator("#compareButton").click();
    mila.waitForURL("**/pages/compare?*");
    assertThat(mila.locator("main ins").first()).containsText("balie");
    journey.check(mila, "comparison");

    mila.locator("#back-to-history").click();
    mila.waitForURL("**/pages/history?id=*");
    mila.locator("input[value='Zet terug: versie 1']").click();
    mila.waitForURL("**/pages/page?id=*");
    assertThat(mila.getByRole(AriaRole.STATUS)).containsText("Versie 1 is teruggezet als nieuwe versie.");
    assertThat(mila.locator("#page-text")).not().containsText("balie");
    assertThat(mila.locator("#page-meta")).containsText("Versie 3");
    assertTrue(mila.url().startsWith(pageUrl.substring(0, pageUrl.indexOf('?'))), mila.url());
    journey.check(mila, "restored page");

    // A 100 MB document is refused in the browser, before anything is sent.
    mila.navigate(pageUrl.replace("/pages/page?", "/pages/edit?"));
    java.nio.file.Path huge = java.nio.file.Files.createTempFile("handboek", ".pdf");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024);
    }
    mila.locator("[id='upload:file']").setInputFiles(huge);
    mila.locator("[id='upload:uploadButton']").click();
    Object message = mila.locator("[id='upload:file']").evaluate("input => input.validationMessage");
    assertTrue(String.valueOf(message).contains("te groot"), String.valueOf(message));
    assertTrue(mila.url().contains("/pages/edit?"), "not sent: " + mila.url());
    java.nio.file.Files.delete(huge);

    mila.navigate(Journey.BASE + "/pages/reviews");
    assertThat(mila.locator("main")).containsText("Paspoort en identiteitskaart aanvragen");
    journey.check(mila, "my reviews");

    Page carmen = journey.watch(browser.newPage(Journey.PHONE_WIDTH, 740));
    Journey.logIn(carmen, "community");
    carmen.locator("#nav-stale-pages").click();
    carmen.waitForURL("**/community/pages**");
    assertThat(carmen.locator("main")).containsText("Paspoort en identiteitskaart aanvragen");
    journey.check(carmen, "stale-page queue");
    Browser.screenshot(mila, "knowledge-page");
    journey.assertClean();
  }
}
