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
    mila.locator("[id='composer:publish']").click();
    mila.waitForLoadState();
    com.microsoft.playwright.Locator post = mila.locator("article.plein-post", new Page.LocatorOptions().setHasText(marker));
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
}
