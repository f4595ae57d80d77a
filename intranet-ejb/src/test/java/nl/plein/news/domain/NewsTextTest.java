package nl.plein.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plein.common.api.ValidationException;
import org.junit.jupiter.api.Test;

class NewsTextTest {
  @Test
  void markdownBecomesSafeHtmlWithoutImagesOrScripts() {
    String html = NewsText.render("# Nieuw\n\nHet **zwembad** opent. <img src=\"https://tracker.example/p.gif\">"
        + "<script>alert(1)</script><a href=\"javascript:alert(1)\">klik</a>");
    assertTrue(html.contains("<h2>Nieuw</h2>"), html);
    assertTrue(html.contains("<strong>zwembad</strong>"), html);
    assertFalse(html.contains("<img") || html.contains("<script") || html.contains("javascript:"), html);
  }

  @Test
  void aCommentShowsTypedHtmlAsText() {
    assertTrue(NewsText.renderComment("<b>vet</b> en *schuin*").contains("&lt;b&gt;vet"));
  }

  @Test
  void theTeaserIsWrittenOrTheStartOfTheTextAtAWord() {
    assertEquals("Eigen tekst", NewsText.teaser("Eigen tekst", "<p>Iets anders</p>"));
    String longText = "<p>" + "Het nieuwe zwembad in Dijkvliet opent op zaterdag ".repeat(10) + "</p>";
    String teaser = NewsText.teaser(null, longText);
    assertTrue(teaser.endsWith(" …") && teaser.length() <= 162, teaser);
    assertTrue(longText.contains(teaser.substring(0, teaser.length() - 2)), teaser);
  }

  @Test
  void requiredAndLengthChecksNameTheField() {
    ValidationException empty = assertThrows(ValidationException.class, () -> NewsText.line("title", "  ", true, 200));
    assertEquals("title", empty.fieldErrors().get(0).field());
    ValidationException tooLong = assertThrows(ValidationException.class,
        () -> NewsText.source("text", "x".repeat(NewsText.MAX_SOURCE + 1), NewsText.MAX_SOURCE));
    assertEquals("error.field.tooLong", tooLong.fieldErrors().get(0).code());
    assertEquals(null, NewsText.line("teaser", " ", false, 300));
  }
}
