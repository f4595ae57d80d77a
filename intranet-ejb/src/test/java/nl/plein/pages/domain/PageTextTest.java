package nl.plein.pages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plein.common.api.ValidationException;
import org.junit.jupiter.api.Test;

class PageTextTest {
  @Test
  void markdownBecomesStructure() {
    String html = PageText.render("# Aanvragen\n\nVia **het loket** of [de site](https://www.example.nl).\n\n- een\n- twee");
    assertTrue(html.contains("<h2>Aanvragen</h2>"), html);
    assertTrue(html.contains("<strong>het loket</strong>"), html);
    assertTrue(html.matches("(?s).*<a href=\"https://www.example.nl\" rel=\"(noreferrer noopener|noopener noreferrer)\">de site</a>.*"),
        html);
    assertTrue(html.contains("<ul><li>een</li><li>twee</li></ul>"), html.replace("\n", ""));
  }

  @Test
  void unsafeHtmlIsSanitizedNotRefused() {
    String html = PageText.render("<p onclick=\"steal()\">Openingstijden</p>\n\n<script>alert(1)</script>\n\n"
        + "<a href=\"javascript:alert(1)\">klik</a> <img src=\"https://tracker.example/p.gif\" alt=\"x\">"
        + "<iframe src=\"https://evil.example\"></iframe><table><tr><th scope=\"col\">Dag</th></tr></table>");
    assertTrue(html.contains("<p>Openingstijden</p>"), html);
    assertFalse(html.contains("onclick"), html);
    assertFalse(html.contains("script"), html);
    assertFalse(html.contains("alert"), html);
    assertFalse(html.contains("javascript"), html);
    assertFalse(html.contains("tracker"), html);
    assertFalse(html.contains("iframe"), html);
    assertTrue(html.contains("klik"), html);
    assertTrue(html.contains("<th scope=\"col\">Dag</th>"), html);
  }

  @Test
  void onlyThePagesOwnImagesAreShown() {
    String own = "/pages/file/0b8f2a3c-1d2e-4f50-9a6b-7c8d9e0f1a2b";
    String html = PageText.render("![Plattegrond](" + own + ")");
    assertTrue(html.contains("<img src=\"" + own + "\" alt=\"Plattegrond\" />"), html);
  }

  @Test
  void titleIsOneLineAndRequired() {
    assertEquals("Parkeren bij het stadhuis", PageText.title("t", "  Parkeren\nbij het   stadhuis "));
    assertEquals("error.field.required", assertThrows(ValidationException.class, () -> PageText.title("t", " "))
        .fieldErrors().get(0).code());
    assertEquals("error.field.tooLong", assertThrows(ValidationException.class,
        () -> PageText.title("t", "x".repeat(KnowledgePage.MAX_TITLE + 1))).fieldErrors().get(0).code());
  }

  @Test
  void commentsShowTypedHtmlAsText() {
    String html = PageText.renderComment("Zie <b>dit</b> & **dat**");
    assertTrue(html.contains("&lt;b&gt;dit&lt;/b&gt;"), html);
    assertTrue(html.contains("<strong>dat</strong>"), html);
  }

  @Test
  void plainTextForTheIndex() {
    assertEquals("Kop Tekst met nadruk & meer",
        PageText.plain(PageText.render("## Kop\n\nTekst met *nadruk* &amp; meer")));
  }
}
