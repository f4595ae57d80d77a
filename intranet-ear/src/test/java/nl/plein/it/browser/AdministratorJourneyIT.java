package nl.plein.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import javax.imageio.ImageIO;
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
 * What a functional administrator does in a real browser: log in, switch language, edit an
 * organisation, make a mistake and see it explained. axe-core checks every page visited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorJourneyIT {
  private static final String BASE = PleinDeployment.BASE.toString();
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
  void logInSwitchLanguageAndEditAnOrganisation() {
    Page page = browser.newPage(1280, 900);
    page.navigate(BASE + "/admin/organisations");
    assertTrue(page.url().contains("/login"), "protected pages send you to the login page: " + page.url());
    assertEquals("nl", page.locator("html").getAttribute("lang"));
    check(page, "login");
    Browser.screenshot(page, "login");

    page.locator("[id='login:username']").fill("beheer");
    page.locator("[id='login:password']").fill("niet-het-wachtwoord");
    page.locator("[id='login:submit']").click();
    PlaywrightAssertions.assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
        .containsText("De gebruikersnaam of het wachtwoord klopt niet.");
    check(page, "login with error");

    page.locator("[id='login:username']").fill("beheer");
    page.locator("[id='login:password']").fill("plein");
    page.locator("[id='login:submit']").click();
    page.waitForURL("**/admin/organisations");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Organisaties");
    check(page, "organisations (nl)");

    page.locator("[id='language:switch']").click();
    page.waitForLoadState();
    assertEquals("en", page.locator("html").getAttribute("lang"));
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Organisations");
    check(page, "organisations (en)");

    page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
        new Page.GetByRoleOptions().setName("Gemeente Molenbroek")).click();
    page.waitForURL("**/admin/organisation?id=*");
    check(page, "organisation");
    Browser.screenshot(page, "organisation");

    Locator name = page.locator("[id='organisation:name']");
    name.fill("");
    page.locator("[id='organisation:save']").click();
    page.waitForLoadState();
    name = page.locator("[id='organisation:name']");
    PlaywrightAssertions.assertThat(name).hasAttribute("aria-invalid", "true");
    String describedBy = name.getAttribute("aria-describedby");
    assertTrue(describedBy != null && !describedBy.isBlank(), "the error is tied to the field");
    PlaywrightAssertions.assertThat(page.locator("[id='" + describedBy.split(" ")[0] + "']"))
        .containsText("Please fill in this field.");
    check(page, "organisation with a field error");

    name.fill("Gemeente Molenbroek aan Zee");
    page.locator("[id='organisation:save']").click();
    page.waitForLoadState();
    PlaywrightAssertions.assertThat(page.locator("[id='organisation:name']")).hasValue("Gemeente Molenbroek aan Zee");

    for (String path : new String[] {"/", "/admin", "/admin/installation", "/admin/accounts", "/admin/tokens", "/account/password", "/bestaat-niet"}) {
      page.navigate(BASE + path);
      check(page, path);
    }
    assertNoViolations();
  }

  @Test
  void theInstallationGetsItsOwnLogoAndColours() throws Exception {
    Page page = browser.newPage(1280, 900);
    logIn(page, "beheer");
    page.navigate(BASE + "/admin/installation");
    check(page, "installation");
    try {
      Path png = Files.createTempFile("logo", ".png");
      BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(new Color(0x15, 0x42, 0x73));
      g.fillRect(0, 0, 120, 40);
      g.dispose();
      ImageIO.write(image, "png", png.toFile());
      page.locator("[id='logoForm:logo']").setInputFiles(png);
      page.locator("[id='logoForm:upload']").click();
      page.waitForLoadState();
      PlaywrightAssertions.assertThat(page.locator("header img")).isVisible();
      assertEquals(200, page.request().get(BASE + "/logo").status());

      Path fake = Files.createTempFile("not-a-logo", ".png");
      Files.writeString(fake, "<svg onload=alert(1)>");
      page.locator("[id='logoForm:logo']").setInputFiles(fake);
      page.locator("[id='logoForm:upload']").click();
      page.waitForLoadState();
      PlaywrightAssertions.assertThat(page.locator("body")).containsText("Het logo moet een PNG-, JPEG- of WebP-afbeelding zijn.");
      check(page, "installation with a refused logo");

      page.locator("[id='settings:primaryColor']").fill("#ffff00");
      page.locator("[id='settings:save']").click();
      page.waitForLoadState();
      PlaywrightAssertions.assertThat(page.locator("[id='settings:primaryColor']")).hasAttribute("aria-invalid", "true");
      PlaywrightAssertions.assertThat(page.locator("body")).containsText("te weinig contrast");
      check(page, "installation with a refused colour");

      page.locator("[id='settings:primaryColor']").fill("#5a2d82");
      page.locator("[id='settings:theme']").selectOption("voorbeeld");
      page.locator("[id='settings:save']").click();
      page.waitForLoadState();
      assertTrue(page.locator("body").getAttribute("class").contains("voorbeeld-theme"));
      check(page, "voorbeeld theme with a purple primary colour");
      page.navigate(BASE + "/");
      check(page, "home in the voorbeeld theme");
    } finally {
      page.navigate(BASE + "/admin/installation");
      page.locator("[id='settings:primaryColor']").fill("");
      page.locator("[id='settings:theme']").selectOption("plein");
      page.locator("[id='settings:save']").click();
      page.waitForLoadState();
      if (page.locator("[id='logoForm:remove']").count() > 0) {
        page.locator("[id='logoForm:remove']").click();
        page.waitForLoadState();
      }
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

  @Test
  void aPhoneScreenNeedsNoSideways() {
    Page page = browser.newPage(360, 740);
    page.navigate(BASE + "/login");
    assertFitsWidth(page, 360);
    page.locator("[id='login:username']").fill("medewerker");
    page.locator("[id='login:password']").fill("plein");
    page.locator("[id='login:submit']").click();
    page.waitForURL(BASE + "/");
    PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Mila de Wit");
    assertFitsWidth(page, 360);
    Browser.screenshot(page, "home-phone");
    check(page, "home on a phone");
    page.navigate(BASE + "/admin/organisations");
    assertTrue(page.content().contains("403") || page.locator("h1").textContent().contains("toegang"),
        "an employee cannot open the administration");
    check(page, "403");
    assertNoViolations();
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

  private static void assertFitsWidth(Page page, int width) {
    Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
    assertTrue(((Number) scrollWidth).intValue() <= width, "page is " + scrollWidth + "px wide at " + width + "px");
  }
}
