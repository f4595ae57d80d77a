package nl.plein.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Groups as people use them, on a phone: Mila starts a group and is warned, while typing, that a
 * similar group exists; she creates hers anyway, as a closed group. Arjen asks to join; Mila
 * approves his request, which both hear of in the notification centre. axe-core checks every page
 * state; nothing scrolls sideways at 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupsJourneyIT {
  private static final String BASE = PleinDeployment.BASE.toString();
  private static final int PHONE_WIDTH = 360;
  private static final String NAME = "Cultuurkaartjes";
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
  void aGroupIsCreatedDespiteTheWarningAndAJoinRequestIsApproved() throws Exception {
    Page mila = browser.newPage(PHONE_WIDTH, 740);
    logIn(mila, "medewerker");
    mila.locator("#nav-groups").click();
    mila.waitForURL("**/groups/**");
    assertThat(mila.locator("h1")).containsText("Groepen");
    assertThat(mila.locator("main")).containsText("Lunchwandelen"); // her invitation
    onPhone(mila, "group directory");

    mila.locator("#new-group").click();
    mila.waitForURL("**/groups/new**");
    mila.locator("[id='group:name']").pressSequentially(NAME, new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
    assertThat(mila.locator("[id='group:similar']")).containsText("Kaartjesmarkt");
    onPhone(mila, "new group with a duplicate warning");

    mila.locator("[id='group:description']").fill("Kaartjes voor theater en concerten, alleen voor Polderrand.");
    mila.locator("input[type=radio][value=besloten]").check();
    mila.locator("[id='group:photo']").setInputFiles(picture());
    assertThat(mila.locator("[id='group:similar']")).containsText("Kaartjesmarkt");
    mila.locator("[id='group:create']").click();
    mila.waitForURL("**/groups/group?id=*");
    assertThat(mila.locator("h1")).hasText(NAME);
    assertThat(mila.locator("main img.plein-avatar--group").first()).isVisible(); // the image chosen at creation
    String groupUrl = mila.url();
    onPhone(mila, "the new group");

    // An image for the group: a fake one is refused, a real one is shown (and served).
    mila.locator("#edit-link").click();
    mila.waitForURL("**/groups/edit**");
    java.nio.file.Path fake = java.nio.file.Files.createTempFile("geen-afbeelding", ".png");
    java.nio.file.Files.writeString(fake, "%PDF-1.7 dit is geen afbeelding");
    mila.locator("[id='imageForm:photo']").setInputFiles(fake);
    mila.locator("[id='imageForm:upload']").click();
    mila.waitForLoadState();
    assertThat(mila.locator("[id='imageForm:photo']")).hasAttribute("aria-invalid", "true");
    onPhone(mila, "a refused group image");
    mila.locator("[id='imageForm:photo']").setInputFiles(picture());
    mila.locator("[id='imageForm:upload']").click();
    mila.waitForLoadState();
    assertThat(mila.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("De afbeelding is opgeslagen.");
    mila.navigate(groupUrl);
    com.microsoft.playwright.Locator image = mila.locator("main img.plein-avatar--group").first();
    assertThat(image).isVisible();
    Object loaded = image.evaluate("img => img.complete && img.naturalWidth > 0");
    assertTrue(Boolean.TRUE.equals(loaded), "the image is served, not broken");
    onPhone(mila, "the group with its image");

    Page arjen = browser.newPage(PHONE_WIDTH, 740);
    logIn(arjen, "ambassadeur");
    arjen.navigate(groupUrl);
    arjen.locator("[id='request:message']").fill("Ik ga graag mee naar het theater.");
    arjen.locator("[id='request:requestButton']").click();
    assertThat(arjen.locator("main")).containsText("gevraagd om lid te worden");
    onPhone(arjen, "after asking to join");

    // Mila hears of it in the notification centre, and the notification leads to the requests.
    mila.navigate(groupUrl);
    assertThat(mila.locator("#notifications-badge")).isVisible();
    mila.locator("#notifications-link").click();
    mila.waitForURL("**/notifications/**");
    assertThat(mila.locator("#notification-list")).containsText("Arjen de Bruin wil lid worden van " + NAME);
    onPhone(mila, "notifications");
    Browser.screenshot(mila, "notifications");
    mila.getByText("Arjen de Bruin wil lid worden van " + NAME).click();
    mila.waitForURL("**/groups/requests**");
    assertThat(mila.locator("main")).containsText("Arjen de Bruin");
    assertThat(mila.locator("main")).containsText("Ik ga graag mee naar het theater.");
    onPhone(mila, "join requests");
    mila.locator("input[id$=':approveButton']").first().click();
    mila.waitForLoadState();
    assertThat(mila.locator("main")).not().containsText("Ik ga graag mee naar het theater.");
    onPhone(mila, "request approved");

    arjen.navigate(BASE + "/notifications/");
    assertThat(arjen.locator("#notification-list"))
        .containsText("Mila de Wit heeft uw verzoek om lid te worden van " + NAME + " goedgekeurd.");
    arjen.locator("[id='notifications:markAllRead']").click();
    arjen.waitForLoadState();
    assertThat(arjen.locator("#notifications-badge")).hasCount(0);
    onPhone(arjen, "notifications all read");
    arjen.navigate(groupUrl);
    assertThat(arjen.locator("#request-decision")).containsText("goedgekeurd");
    assertThat(arjen.locator("[id='leave:leaveButton']")).isVisible();
    arjen.locator("#members-link").click();
    assertThat(arjen.locator("main")).containsText("Mila de Wit");
    onPhone(arjen, "members as a new member");
    Browser.screenshot(arjen, "group-members");
    assertNoViolations();
  }

  private static java.nio.file.Path picture() throws Exception {
    java.nio.file.Path png = java.nio.file.Files.createTempFile("theater", ".png");
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(new java.awt.Color(0x9b, 0x1c, 0x31));
    g.fillRect(0, 0, 300, 200);
    g.setColor(java.awt.Color.WHITE);
    g.fillOval(100, 50, 100, 100);
    g.dispose();
    javax.imageio.ImageIO.write(image, "png", png.toFile());
    return png;
  }

  private void logIn(Page page, String username) {
    page.navigate(BASE + "/login");
    page.locator("[id='login:username']").fill(username);
    page.locator("[id='login:password']").fill("plein");
    page.locator("[id='login:submit']").click();
    page.waitForURL(url -> !url.contains("/login"));
  }

  private void onPhone(Page page, String label) {
    String found = Browser.accessibilityViolations(page);
    if (!found.isEmpty()) {
      violations.put(label, found);
    }
    Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
    if (((Number) scrollWidth).intValue() > PHONE_WIDTH) {
      Object wide = page.evaluate("[...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > " + PHONE_WIDTH + ")"
          + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
          + ".slice(0, 8).join('; ')");
      throw new AssertionError(label + ": page is " + scrollWidth + "px wide at " + PHONE_WIDTH + "px: " + wide);
    }
  }

  private void assertNoViolations() {
    assertTrue(violations.isEmpty(), () -> "axe-core found WCAG 2.1 AA violations:\n"
        + violations.entrySet().stream().map(e -> "[" + e.getKey() + "]\n" + e.getValue()).collect(Collectors.joining("\n")));
  }
}
