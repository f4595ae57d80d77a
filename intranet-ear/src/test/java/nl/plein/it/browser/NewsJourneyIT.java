package nl.plein.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.plein.it.PleinDeployment;
import nl.plein.it.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * News as people use it, on a phone: Noor, communications adviser, writes news with a picture for
 * Werkorganisatie Polderrand (first forgetting to describe the picture), Mila finds it on her start
 * page and reads it, and Noor then sees how many read it, per organisation. axe-core checks every
 * state; nothing scrolls sideways at 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsJourneyIT {
  private static final String TITLE = "Nieuwe fietsenstalling bij het Stadskantoor";
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
  void newsIsWrittenWithAPictureReadByItsAudienceAndCounted() throws Exception {
    Page noor = journey.watch(browser.newPage(Journey.PHONE_WIDTH, 740));
    Journey.logIn(noor, "communicatie");
    noor.locator("#nav-news").click();
    noor.waitForURL("**/news/**");
    assertThat(noor.locator("h1")).hasText("Nieuws");
    assertThat(noor.locator("#news-list")).containsText("Het Plein is live");
    journey.check(noor, "news overview");

    noor.locator("#write-news").click();
    noor.waitForURL("**/news/edit?soort=nieuws");
    noor.locator("[id='news:title']").fill(TITLE);
    noor.locator("[id='news:teaser']").fill("Vanaf maandag 120 plekken, overdekt.");
    noor.locator("[id='news:text']").fill("De nieuwe stalling staat naast de hoofdingang.");
    noor.getByLabel("Werkorganisatie Polderrand", new Page.GetByLabelOptions().setExact(true)).check();
    Path picture = Files.createTempFile("stalling", ".png");
    Files.write(picture, TestFiles.png(800, 500));
    noor.locator("[id='news:image']").setInputFiles(picture);
    journey.check(noor, "news editor");
    noor.locator("[id='news:save']").click();
    noor.waitForLoadState();
    assertThat(noor.locator("[id='news:imageAlt']")).hasAttribute("aria-invalid", "true");
    assertThat(noor.locator("main")).containsText("Beschrijf de afbeelding voor wie haar niet kan zien.");
    assertThat(noor.locator("[id='news:title']")).hasValue(TITLE);
    journey.check(noor, "news editor with an error");

    noor.locator("[id='news:imageAlt']").fill("Fietsen in de nieuwe overdekte stalling");
    noor.locator("[id='news:image']").setInputFiles(picture);
    noor.locator("[id='news:save']").click();
    noor.waitForURL("**/news/item?id=*");
    assertThat(noor.getByRole(AriaRole.STATUS)).containsText("Het bericht is opgeslagen.");
    assertThat(noor.locator("#news-article img")).hasAttribute("alt", "Fietsen in de nieuwe overdekte stalling");
    String itemUrl = noor.url();
    journey.check(noor, "the new item");

    Page mila = journey.watch(browser.newPage(Journey.PHONE_WIDTH, 740));
    Journey.logIn(mila, "medewerker");
    mila.navigate(Journey.BASE + "/");
    assertThat(mila.locator("main")).containsText(TITLE);
    journey.check(mila, "start page with news");
    mila.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).first().click();
    mila.waitForURL("**/news/item?id=*");
    assertThat(mila.locator("#news-text")).containsText("naast de hoofdingang");
    assertThat(mila.locator("#stats")).hasCount(0);
    journey.check(mila, "reading the item");

    noor.navigate(itemUrl);
    assertThat(noor.locator("#stats-summary")).containsText("door 1 collega");
    assertThat(noor.locator("#stats-organisations")).containsText("Werkorganisatie Polderrand");
    journey.check(noor, "the item with its figures");
    Browser.screenshot(noor, "news-item");
    journey.assertClean();
  }
}
