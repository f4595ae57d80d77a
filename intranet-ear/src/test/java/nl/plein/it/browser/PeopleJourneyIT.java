package nl.plein.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
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
 * What an employee does with the people pages on a phone: complete her profile (with a mistake
 * and a refused photo on the way), find herself in the directory by name and by mobile number,
 * and in the expert finder by what she knows. A community manager's campaign view on a desktop.
 * axe-core checks every page state; no page may scroll sideways at 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleJourneyIT {
  private static final String BASE = PleinDeployment.BASE.toString();
  private static final int PHONE_WIDTH = 360;
  private static final String FUNCTION_TITLE = "Senior medewerker burgerzaken";
  private static final String MOBILE = "06 12345678";
  /** The same number as someone would type it differently: the directory normalises numbers. */
  private static final String MOBILE_OTHERWISE = "0612345678";
  private static Browser browser;
  private final Map<String, String> violations = new LinkedHashMap<>();

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
  void anEmployeeCompletesHerProfileAndIsFound() throws Exception {
    Page page = browser.newPage(PHONE_WIDTH, 740);
    logIn(page, "medewerker");
    assertThat(page.locator("#completeness")).isVisible();
    assertThat(page.locator("#completeness-heading")).containsText("compleet");
    assertEquals(0, page.locator("#nav-campaign").count(), "an employee runs no campaign");
    onPhone(page, "home with completeness");

    page.locator("#nav-profile").click();
    page.waitForURL("**/people/person?id=*");
    assertThat(page.locator("h1")).hasText("Mila de Wit");
    assertThat(page.locator("#nav-profile")).hasAttribute("aria-current", "page");
    String profileUrl = page.url();
    onPhone(page, "own profile");

    page.locator("#edit-profile").click();
    page.waitForURL("**/people/edit?id=*");
    String editUrl = page.url();
    onPhone(page, "profile form");
    try {
      page.locator("[id='profile:functionTitle']").fill(FUNCTION_TITLE);
      page.locator("[id='profile:expertise']").fill("Burgerzaken, Paspoorten");
      page.locator("[id='profile:mobilePhone']").fill(MOBILE);
      page.locator("[id='profile:mobileVisibility']").selectOption("ORGANISATION");
      page.locator("[id='profile:save']").click();
      page.waitForURL("**/people/person?id=*");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het profiel is opgeslagen.");
      assertThat(page.locator("#profile-function")).hasText(FUNCTION_TITLE);
      assertThat(page.locator("#profile-expertise")).containsText("Burgerzaken");
      assertThat(page.locator("#profile-expertise")).containsText("Paspoorten");
      assertThat(page.locator("#profile-mobile")).containsText(MOBILE);
      assertThat(page.locator("#profile-mobile a")).hasAttribute("href", "tel:0612345678");
      onPhone(page, "profile after saving");

      page.navigate(editUrl);
      assertThat(page.locator("[id='profile:mobileVisibility']")).hasValue("ORGANISATION");
      page.locator("[id='profile:functionTitle']").fill("Medewerker ".repeat(11) + "burgerzaken");
      page.locator("[id='profile:save']").click();
      page.waitForLoadState();
      Locator title = page.locator("[id='profile:functionTitle']");
      assertThat(title).hasAttribute("aria-invalid", "true");
      String describedBy = title.getAttribute("aria-describedby");
      assertTrue(describedBy != null && describedBy.contains("profile:functionTitle-error"), "the error is tied to the field");
      assertThat(page.locator("[id='profile:functionTitle-error']")).containsText("120");
      onPhone(page, "profile form with a field error");

      page.navigate(editUrl);
      page.locator("[id='photoForm:photo']").setInputFiles(portrait());
      page.locator("[id='photoForm:upload']").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("De foto is opgeslagen.");
      assertThat(page.locator("[id='photoForm:remove']")).isVisible();
      onPhone(page, "profile form with a photo");

      page.navigate(profileUrl);
      Locator avatar = page.locator(".plein-profile__photo img.plein-avatar");
      assertThat(avatar).isVisible();
      assertEquals("", avatar.getAttribute("alt"), "decorative: the name is the h1 next to it");
      assertEquals(0, page.locator(".plein-profile__photo .plein-avatar--initials").count());
      photoIsServedAndRevalidated(page, avatar.getAttribute("src"));
      onPhone(page, "profile with a photo");

      page.navigate(editUrl);
      Path fake = Files.createTempFile("geen-foto", ".jpg");
      Files.writeString(fake, "Dit is tekst, geen foto.");
      page.locator("[id='photoForm:photo']").setInputFiles(fake);
      page.locator("[id='photoForm:upload']").click();
      page.waitForLoadState();
      assertThat(page.locator("[id='photoForm:photo']")).hasAttribute("aria-invalid", "true");
      String photoError = page.locator("[id='photoForm:photo-error']").textContent().strip();
      assertFalse(photoError.isEmpty(), "the refused photo is explained next to the field");
      assertFalse(photoError.startsWith("error.") || photoError.contains("???"), "a text, not a code: " + photoError);
      onPhone(page, "profile form with a refused photo");

      APIResponse suggestions = page.request().get(BASE + "/people/tags/suggest?q=pasp");
      assertEquals(200, suggestions.status());
      assertTrue(suggestions.headers().get("content-type").startsWith("application/json"));
      assertEquals("private, max-age=60", suggestions.headers().get("cache-control"));
      assertTrue(suggestions.text().contains("Paspoorten"), suggestions.text());

      page.locator("#nav-people").click();
      page.waitForURL("**/people/");
      onPhone(page, "directory");
      search(page, "wit");
      assertThat(colleague(page)).isVisible();
      onPhone(page, "directory: wit");

      search(page, MOBILE_OTHERWISE);
      assertThat(colleague(page)).isVisible();
      onPhone(page, "directory: mobile number");

      search(page, "geen-collega-heet-zo-xyz");
      assertThat(page.locator("#no-results")).isVisible();
      onPhone(page, "directory without results");

      page.navigate(BASE + "/account/tokens");
      onPhone(page, "my API tokens");
      page.locator("[id='issueOwnToken:name']").fill("Telefoon-app");
      page.locator("[id='issueOwnToken:issue']").click();
      page.waitForLoadState();
      assertThat(page.locator("#issued-secret")).isVisible();
      onPhone(page, "my API tokens with a new token");

      page.locator("#nav-experts").click();
      page.waitForURL("**/people/experts");
      page.locator("#q").fill("paspoort");
      page.locator("#search").click();
      page.waitForURL("**/people/experts?q=paspoort*");
      Locator card = page.locator("#results > li").filter(new Locator.FilterOptions().setHasText("Mila de Wit"));
      assertThat(card).hasCount(1);
      assertThat(card.locator(".plein-card__why")).containsText("Paspoorten");
      onPhone(page, "expert finder: paspoort");

      page.navigate(profileUrl);
      page.locator("#profile-expertise").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Paspoorten")).click();
      page.waitForURL("**/people/experts?q=Paspoorten");
      assertThat(page.locator("#results")).containsText("Mila de Wit");
    } finally {
      // The next run (and the other tests) start from the initials again.
      page.navigate(editUrl);
      if (page.locator("[id='photoForm:remove']").count() > 0) {
        page.locator("[id='photoForm:remove']").click();
        page.waitForLoadState();
      }
    }
    assertNoViolations();
  }

  @Test
  void aCommunityManagerSeesHowCompleteProfilesAre() {
    Page page = browser.newPage(1280, 900);
    logIn(page, "beheer");
    page.locator("#nav-campaign").click();
    page.waitForURL("**/community/completeness");
    assertThat(page.locator("h1")).hasText("Profielcampagne");
    Locator table = page.locator("#completeness-table");
    assertThat(table.locator("caption")).isVisible();
    assertTrue(table.locator("tbody tr").count() > 0, "departments are listed");
    assertEquals("true", page.locator(".plein-bar-chart").getAttribute("aria-hidden"), "the chart is for the eye only");
    check(page, "campaign");
    Browser.screenshot(page, "campaign");

    page.locator("#organisation").selectOption(new SelectOption().setIndex(1));
    page.locator("#show").click();
    page.waitForURL("**/community/completeness?organisation=*");
    assertThat(page.locator("#completeness-table caption")).isVisible();
    check(page, "campaign for one organisation");

    page.navigate(BASE + "/admin/");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Expertise").setExact(true)).click();
    page.waitForURL("**/admin/expertise");
    assertThat(page.locator("h1")).hasText("Expertise");
    check(page, "expertise tags");
    if (page.locator("[id='merge:mergeButton']").count() > 0) { // there are tags to merge
      page.locator("[id='merge:mergeButton']").click();
      page.waitForLoadState();
      assertThat(page.locator("[id='merge:sourceId']")).hasAttribute("aria-invalid", "true");
      check(page, "expertise merge with field errors");
    }
    assertNoViolations();
  }

  private static void logIn(Page page, String username) {
    page.navigate(BASE + "/login");
    page.locator("[id='login:username']").fill(username);
    page.locator("[id='login:password']").fill("plein");
    page.locator("[id='login:submit']").click();
    page.waitForURL(BASE + "/");
  }

  private static void search(Page page, String text) {
    page.locator("#q").fill(text);
    page.locator("#search").click();
    page.waitForURL("**/people/?q=*");
  }

  private static Locator colleague(Page page) {
    return page.locator("#results")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mila de Wit").setExact(true));
  }

  /** The photo comes as JPEG with a version in its address, and a known copy is not sent again. */
  private static void photoIsServedAndRevalidated(Page page, String src) {
    assertNotNull(src);
    assertTrue(src.matches(".*/photos/[0-9a-f-]{36}/middel\\?v=\\d+"), src);
    String url = src.startsWith("http") ? src : BASE + src.substring(src.indexOf("/photos/"));
    APIResponse photo = page.request().get(url);
    assertEquals(200, photo.status());
    assertEquals("image/jpeg", photo.headers().get("content-type"));
    assertEquals("private, max-age=86400", photo.headers().get("cache-control"));
    String etag = photo.headers().get("etag");
    assertTrue(etag != null && etag.endsWith("-middel\""), "ETag: " + etag);
    APIResponse again = page.request().get(url, RequestOptions.create().setHeader("If-None-Match", etag));
    assertEquals(304, again.status());
    // Fails on time-out when the image stays broken.
    page.waitForFunction(
        "() => { const i = document.querySelector('.plein-profile__photo img'); return i && i.complete && i.naturalWidth > 0; }");
  }

  private static Path portrait() throws Exception {
    Path png = Files.createTempFile("portret", ".png");
    BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xe8, 0xee, 0xf5));
    g.fillRect(0, 0, 240, 240);
    g.setColor(new Color(0x15, 0x42, 0x73));
    g.fillOval(70, 40, 100, 100);
    g.fillRect(50, 150, 140, 90);
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
    return png;
  }

  private void onPhone(Page page, String label) {
    check(page, label + " (phone)");
    Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
    if (((Number) scrollWidth).intValue() > PHONE_WIDTH) {
      Object wide = page.evaluate("[...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > " + PHONE_WIDTH + ")"
          + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
          + ".slice(0, 8).join('; ')");
      throw new AssertionError(label + ": page is " + scrollWidth + "px wide at " + PHONE_WIDTH + "px: " + wide);
    }
  }

  private void check(Page page, String label) {
    String found = Browser.accessibilityViolations(page);
    if (!found.isEmpty()) {
      violations.put(label, found);
    }
  }

  private void assertNoViolations() {
    assertTrue(violations.isEmpty(), () -> "axe-core found WCAG 2.1 AA violations:\n"
        + violations.entrySet().stream().map(e -> "[" + e.getKey() + "]\n" + e.getValue()).collect(Collectors.joining("\n")));
  }
}
