package nl.plein.timeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.plein.common.api.ValidationException;
import org.junit.jupiter.api.Test;

class PostTextTest {
  private static final PostText.Person MILA = new PostText.Person(UUID.randomUUID(), "Mila de Wit");
  private static final PostText.Person JW = new PostText.Person(UUID.randomUUID(), "Jan-Willem van den Berg");
  private static final PostText.Person OZLEM = new PostText.Person(UUID.randomUUID(), "Özlem Yılmaz");
  private static final Map<String, List<PostText.Person>> PEOPLE = Map.of(
      PostText.key(MILA.displayName()), List.of(MILA),
      PostText.key(JW.displayName()), List.of(JW),
      PostText.key(OZLEM.displayName()), List.of(OZLEM),
      "jan de vries", List.of(new PostText.Person(UUID.randomUUID(), "Jan de Vries"),
          new PostText.Person(UUID.randomUUID(), "Jan de Vries")));

  /** Rendered, with the link relations (in no fixed order) shortened to "rel". */
  private static PostText.Rendered render(String source) {
    PostText.Rendered r = PostText.render("text", source, PEOPLE);
    assertTrue(!r.html().contains("<a ") || r.html().contains("nofollow"), "links are marked nofollow");
    return new PostText.Rendered(r.html().replaceAll("rel=\"[^\"]*\"", "rel"), r.hashtags(), r.mentioned());
  }

  @Test
  void formattingBecomesHtml() {
    assertEquals("<p><strong>Let op</strong>: <em>morgen</em> is het kantoor dicht.</p>\n",
        render("**Let op**: *morgen* is het kantoor dicht.").html());
    assertEquals("<ul><li>snoeien</li><li>maaien</li></ul>\n", render("- snoeien\n- maaien").html().replace("\n<li>", "<li>").replace("\n</ul>", "</ul>").replace("<ul>\n", "<ul>"));
    String breaks = render("regel een\nregel twee").html();
    assertTrue(breaks.contains("regel een<br />"), breaks);
  }

  @Test
  void linksAreKeptAndMarkedAsExternal() {
    String html = render("Zie [de vergunning](https://www.polderrand.nl/vergunning) of https://example.org/a?b=c").html();
    assertTrue(html.contains("<a href=\"https://www.polderrand.nl/vergunning\" rel>de vergunning</a>"), html);
    assertTrue(html.contains("href=\"https://example.org/a?b&#61;c\""), html);
  }

  @Test
  void htmlAndDangerousLinksAreNeverObeyed() {
    for (String attack : List.of(
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](https://evil.example/x.png)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg/onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "[x](vbscript:msgbox)",
        "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
        "\"><script>alert(1)</script>")) {
      String html = render(attack).html();
      assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<svg")
          || html.contains("<iframe") || html.toLowerCase().contains("href=\"javascript")
          || html.contains("href=\"vbscript") || html.contains("href=\"data:") || html.contains("onerror=")
          || html.contains("onload="), attack + " -> " + html);
    }
    assertTrue(render("<b>vet</b>").html().contains("&lt;b&gt;vet&lt;/b&gt;"), "typed HTML is shown as text");
  }

  @Test
  void hashtagsAreLinkedAndCollectedInLowerCase() {
    PostText.Rendered r = render("Een #Wens voor het intranet: #wens, #WMO-loket en geen #1 of a#b. Zie ook https://x.nl/#anker");
    assertEquals(Set.of("wens", "wmo"), r.hashtags());
    assertTrue(r.html().contains("<a href=\"/timeline/hashtag?tag&#61;wens\" class=\"plein-hashtag\" rel>#Wens</a>"), r.html());
    assertFalse(r.html().contains("tag&#61;anker"), "no tag inside a link");
  }

  @Test
  void aTooLongHashtagIsRefused() {
    ValidationException e = assertThrows(ValidationException.class, () -> render("#" + "a".repeat(51)));
    assertEquals("error.post.tagTooLong", e.fieldErrors().get(0).code());
  }

  @Test
  void mentionsFindTheLongestNameAndStopWhereItEnds() {
    PostText.Rendered r = render("Dank je @Mila de Wit, en @Jan-Willem van den Berg! Ook @ozlem yilmaz.");
    assertEquals(Set.of(MILA.id(), JW.id(), OZLEM.id()), r.mentioned());
    assertTrue(r.html().contains(">&#64;Mila de Wit</a>, en "), r.html());
    assertTrue(r.html().contains(">&#64;Jan-Willem van den Berg</a>! Ook "), r.html());
    assertTrue(r.html().contains(">&#64;Özlem Yılmaz</a>."), "shown as the person is named: " + r.html());
    assertTrue(r.html().contains("href=\"/people/person?id&#61;" + MILA.id() + "\" class=\"plein-mention\""), r.html());
    assertEquals(Set.of("mila", "jan-willem", "ozlem"), PostText.mentionedGivenNames("Dank je @Mila de Wit, en @Jan-Willem van den Berg! Ook @ozlem yilmaz."));
  }

  @Test
  void anEmailAddressIsNoMention() {
    PostText.Rendered r = render("Mail naar mila@polderrand.nl");
    assertEquals(Set.of(), r.mentioned());
  }

  @Test
  void anUnknownOrAmbiguousMentionIsRefusedWithTheName() {
    ValidationException unknown = assertThrows(ValidationException.class, () -> render("Vraag het @Piet Puk"));
    assertEquals("error.post.unknownMention", unknown.fieldErrors().get(0).code());
    assertEquals(List.of("Piet"), unknown.fieldErrors().get(0).arguments());
    ValidationException ambiguous = assertThrows(ValidationException.class, () -> render("Vraag het @Jan de Vries"));
    assertEquals("error.post.ambiguousMention", ambiguous.fieldErrors().get(0).code());
  }

  @Test
  void blankAndTooLongTextsAreRefused() {
    assertEquals("error.field.required",
        assertThrows(ValidationException.class, () -> PostText.clean("text", "  \n ")).fieldErrors().get(0).code());
    assertEquals("error.field.tooLong",
        assertThrows(ValidationException.class, () -> PostText.clean("text", "x".repeat(5001))).fieldErrors().get(0).code());
    assertEquals("a\nb", PostText.clean("text", " a\r\nb "));
    assertEquals(List.of(2000), assertThrows(ValidationException.class,
        () -> PostText.clean("comment", "x".repeat(2001), 2000)).fieldErrors().get(0).arguments());
  }

  @Test
  void aSnippetIsPlainTextCutAtAWord() {
    String html = PostText.render("text", "**Let op**: de #Wens van @Mila de Wit & co <b>", PEOPLE).html();
    assertEquals("Let op: de #Wens van @Mila de Wit & co <b>", PostText.snippet(html, 60));
    assertEquals("Let op: de #Wens van…", PostText.snippet(html, 22));
  }
}
