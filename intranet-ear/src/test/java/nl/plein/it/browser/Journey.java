package nl.plein.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plein.it.PleinDeployment;

/**
 * What the browser journeys share: logging in, checking a page state with axe-core and for
 * sideways scrolling on a phone, and collecting what the browser refused under the
 * Content-Security-Policy.
 */
final class Journey {
  static final String BASE = PleinDeployment.BASE.toString();
  static final int PHONE_WIDTH = 360;

  private final Map<String, String> violations = new LinkedHashMap<>();
  private final List<String> refused = new ArrayList<>();

  static void logIn(Page page, String username) {
    page.navigate(BASE + "/login");
    page.locator("[id='login:username']").fill(username);
    page.locator("[id='login:password']").fill("plein");
    page.locator("[id='login:submit']").click();
    page.waitForURL(url -> !url.contains("/login"));
  }

  /** Records the page's Content-Security-Policy refusals and any dialog a script opens. */
  Page watch(Page page) {
    page.onConsoleMessage(m -> {
      if (m.text().contains("Content Security Policy")) {
        refused.add(m.text());
      }
    });
    page.onDialog(d -> {
      refused.add("a script opened a dialog: " + d.message());
      d.dismiss();
    });
    return page;
  }

  /** axe-core on this state, and nothing wider than a phone's 360 pixels. */
  void check(Page page, String label) {
    String found = Browser.accessibilityViolations(page);
    if (!found.isEmpty()) {
      violations.put(label, found);
    }
    Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
    if (((Number) scrollWidth).intValue() > PHONE_WIDTH && page.viewportSize().width <= PHONE_WIDTH) {
      Object wide = page.evaluate("[...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > " + PHONE_WIDTH + ")"
          + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
          + ".slice(0, 8).join('; ')");
      throw new AssertionError(label + ": page is " + scrollWidth + "px wide at " + PHONE_WIDTH + "px: " + wide);
    }
  }

  void assertClean() {
    assertTrue(violations.isEmpty(), () -> "axe-core found WCAG 2.1 AA violations:\n"
        + violations.entrySet().stream().map(e -> "[" + e.getKey() + "]\n" + e.getValue()).collect(Collectors.joining("\n")));
    assertTrue(refused.isEmpty(), () -> "the browser refused or ran something:\n" + String.join("\n", refused));
  }
}
