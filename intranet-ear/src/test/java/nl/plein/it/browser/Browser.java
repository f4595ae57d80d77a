package nl.plein.it.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (no browser download), plus axe-core. Each page a test
 * visits is checked for WCAG 2.1 AA violations.
 */
final class Browser implements AutoCloseable {
  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  Browser() {
    playwright =
        Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright.chromium().launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
  }

  Page newPage(int width, int height) {
    return browser.newContext(new NewContextOptions().setViewportSize(width, height).setLocale("nl-NL")).newPage();
  }

  /** Runs axe-core for WCAG 2.0/2.1 A and AA and returns a readable list of violations. */
  static String accessibilityViolations(Page page) {
    AxeResults results =
        new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
    return results.getViolations().stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  static void screenshot(Page page, String name) {
    Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
