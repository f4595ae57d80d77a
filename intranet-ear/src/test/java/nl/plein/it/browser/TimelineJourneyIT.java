package nl.plein.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
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
 * The timeline on a phone: Mila writes a post, mentions Arjen by choosing him from the
 * suggestions, and sees it on her timeline; Arjen reads the mention in his notifications, likes
 * the post and comments. A sample of the OWASP XSS filter-evasion payloads, posted as text, never
 * runs: no dialog opens and the Content-Security-Policy refuses nothing the page itself needs.
 * axe-core checks every state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelineJourneyIT {
  private static final List<String> PAYLOADS = List.of(
      "<script>alert('XSS')</script>",
      "<IMG SRC=\"javascript:alert('XSS');\">",
      "<IMG SRC=# onmouseover=\"alert('xxs')\">",
      "<img src=x onerror=alert(String.fromCharCode(88,83,83))>",
      "<svg/onload=alert('XSS')>",
      "<BODY ONLOAD=alert('XSS')>",
      "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
      "[klik](javascript:alert('XSS'))",
      "<a href=\"jav&#x09;ascript:alert('XSS');\">klik</a>",
      "\"><script>alert(document.cookie)</script>",
      "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
      "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>");
  private static Browser browser;

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
  void aPostWithAMentionIsReadLikedAndCommentedOn() {
    Journey journey = new Journey();
    String marker = "Snoeiwerk " + UUID.randomUUID().toString().substring(0, 6);
    Page mila = journey.watch(browser.newPage(Journey.PHONE_WIDTH, 740));
    Journey.logIn(mila, "medewerker");
    journey.check(mila, "start page with the composer");

    mila.locator("[id='composer:text']").pressSequentially(marker + " aan de Dorpsstraat, met dank aan @Arj",
        new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
    com.microsoft.playwright.Locator suggestion = mila.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Vermeld Arjen de Bruin")));
    assertThat(suggestion).isVisible();
    journey.check(mila, "mention suggestions");
    mila.locator("[id='composer:text']").press("ArrowDown");
    assertThat(suggestion).isFocused();
    suggestion.press("Enter");
    assertThat(mila.locator("[id='composer:text']")).hasValue(marker + " aan de Dorpsstraat, met dank aan @Arjen de Bruin ");
    mila.locator("[id='composer:text']").pressSequentially("#groen",
        new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
    // A fake photo is refused, and the text stays; then a photo straight from the phone.
    java.nio.file.Path fake = temp("geen-foto", ".jpg", "%PDF-1.7 dit is geen foto".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    mila.locator("[id='composer:photos']").setInputFiles(fake);
    mila.locator("[id='composer:publish']").click();
    mila.waitForLoadState();
    assertThat(mila.locator("[id='composer:photos']")).hasAttribute("aria-invalid", "true");
    assertThat(mila.locator("[id='composer:text']")).hasValue(java.util.regex.Pattern.compile(".*#groen$"));
    journey.check(mila, "a refused photo");
    mila.locator("[id='composer:photos']").setInputFiles(photo());
    mila.locator("[id='composer:publish']").click();
    mila.waitForLoadState();
    com.microsoft.playwright.Locator post = mila.locator("article.plein-post", new Page.LocatorOptions().setHasText(marker));
    com.microsoft.playwright.Locator image = post.locator(".plein-post__photos img");
    assertThat(image).hasCount(1);
    image.scrollIntoViewIfNeeded();
    mila.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
    assertEquals(480, ((Number) image.evaluate("img => img.naturalWidth")).intValue(), "resized to the timeline's size");
    assertThat(post.locator("a.plein-mention")).hasText("@Arjen de Bruin");
    assertThat(post.locator("a.plein-hashtag")).hasText("#groen");
    journey.check(mila, "the post on her timeline");
    Browser.screenshot(mila, "timeline");

    Page arjen = journey.watch(browser.newPage(Journey.PHONE_WIDTH, 740));
    Journey.logIn(arjen, "ambassadeur");
    arjen.locator("#notifications-link").click();
    arjen.getByText("Mila de Wit heeft u vermeld bij het bericht „" + marker).click();
    arjen.waitForURL("**/timeline/post**");
    journey.check(arjen, "the post's own page");
    arjen.locator("[id='postActions:like']").click();
    arjen.waitForLoadState();
    assertThat(arjen.locator("[id='postActions:unlike']")).hasValue("Niet meer leuk (1)");
    arjen.locator("[id='commentForm:comment']").fill("Mooi gedaan!");
    arjen.locator("[id='commentForm:commentButton']").click();
    arjen.waitForLoadState();
    assertThat(arjen.locator("#comments")).containsText("Mooi gedaan!");
    journey.check(arjen, "after liking and commenting");
    assertThat(arjen.locator("#likers")).hasText("U vindt dit leuk.");
    arjen.locator("#likers a").click();
    arjen.waitForURL("**/timeline/likes**");
    assertThat(arjen.locator("#likers")).containsText("Arjen de Bruin");
    journey.check(arjen, "who likes the post");
    arjen.locator("#back-to-post").click();
    arjen.waitForURL("**/timeline/post**");

    // A post in one of her groups announces itself on Mila's start page.
    mila.navigate(Journey.BASE + "/?peil=snel");
    arjen.navigate(Journey.BASE + "/groups/?q=Vraag+het+intranet");
    arjen.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
        new Page.GetByRoleOptions().setName("Vraag het intranet").setExact(true)).first().click();
    arjen.waitForURL("**/groups/group**");
    arjen.locator("[id='composer:text']").fill("Wie weet waar de sleutel van de fietsenstalling is? " + marker);
    arjen.locator("[id='composer:publish']").click();
    arjen.waitForLoadState();
    assertThat(mila.locator("#new-posts")).isVisible(
        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15000));
    assertThat(mila.locator("#new-posts")).containsText("nieuw bericht");
    journey.check(mila, "the new posts notice");
    mila.locator("#new-posts a").click();
    mila.waitForLoadState();
    assertThat(mila.locator("#timeline")).containsText("sleutel van de fietsenstalling");

    // The community manager's queue, with the deleted posts she can bring back.
    Page carmen = journey.watch(browser.newPage(1280, 900));
    Journey.logIn(carmen, "community");
    carmen.navigate(Journey.BASE + "/community/reports");
    assertThat(carmen.locator("#deleted-heading")).isVisible();
    journey.check(carmen, "the community manager's reports and deleted posts");
    journey.assertClean();
  }

  @Test
  void xssPayloadsPostedAsTextNeverRun() {
    Journey journey = new Journey();
    Page mila = journey.watch(browser.newPage(1024, 900));
    Journey.logIn(mila, "medewerker");
    String policy = mila.navigate(Journey.BASE + "/").headerValue("content-security-policy");
    assertTrue(policy != null && policy.contains("script-src 'self'"), "scripts from this site only: " + policy);
    assertTrue(!policy.split("script-src")[1].split(";")[0].contains("unsafe-inline"), policy);
    String marker = "payloads-" + UUID.randomUUID().toString().substring(0, 6);
    mila.locator("[id='composer:text']").fill(marker + "\n\n" + String.join("\n\n", PAYLOADS));
    mila.locator("[id='composer:publish']").click();
    mila.waitForLoadState();
    com.microsoft.playwright.Locator post = mila.locator("article.plein-post", new Page.LocatorOptions().setHasText(marker));
    assertThat(post).containsText("<script>alert('XSS')</script>");
    assertEquals(0, post.locator("script, img, svg, iframe, [onerror], [onload], [onmouseover], [style]").count(),
        "no element from the payloads");
    for (String href : post.locator("a").all().stream().map(a -> a.getAttribute("href")).toList()) {
      assertTrue(href == null || !href.toLowerCase().contains("script:"), href);
    }
    post.locator("a").all().forEach(a -> a.hover()); // onmouseover payloads stay text
    mila.reload();
    journey.check(mila, "timeline with the payloads");
    journey.assertClean();
  }

  /** A landscape photo as a phone camera makes it (larger than any size Plein keeps). */
  private static java.nio.file.Path photo() {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2000, 1500, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(new java.awt.Color(0x2e, 0x7d, 0x32));
    g.fillRect(0, 0, 2000, 1500);
    g.setColor(new java.awt.Color(0x79, 0x55, 0x48));
    g.fillRect(900, 600, 200, 900);
    g.dispose();
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(image, "jpg", out);
      return temp("boom", ".jpg", out.toByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static java.nio.file.Path temp(String name, String suffix, byte[] content) {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile(name, suffix);
      java.nio.file.Files.write(file, content);
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
