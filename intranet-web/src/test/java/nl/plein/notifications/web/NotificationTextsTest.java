package nl.plein.notifications.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import nl.plein.notifications.api.NotificationKind;
import nl.plein.notifications.api.NotificationView;
import nl.plein.people.api.PersonRef;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final UUID GROUP = UUID.fromString("00000000-0000-0000-0000-000000000042");
  private static final PersonRef ANNE = new PersonRef(UUID.randomUUID(), "Anne de Vries", "AV", null, false, 0);

  private static NotificationView view(NotificationKind kind, PersonRef actor, int others, String group) {
    return new NotificationView(UUID.randomUUID(), kind, actor, others, GROUP, group, Instant.now(), false);
  }

  @Test
  void requestsToJoinAreGroupedWithTheRightNumberAndVerb() {
    assertEquals("Anne de Vries wil lid worden van Ambassadeurs.",
        NotificationTexts.sentence(view(NotificationKind.JOIN_REQUESTED, ANNE, 0, "Ambassadeurs"), NL));
    assertEquals("Anne de Vries en 1 ander willen lid worden van Ambassadeurs.",
        NotificationTexts.sentence(view(NotificationKind.JOIN_REQUESTED, ANNE, 1, "Ambassadeurs"), NL));
    assertEquals("Anne de Vries en 4 anderen willen lid worden van Ambassadeurs.",
        NotificationTexts.sentence(view(NotificationKind.JOIN_REQUESTED, ANNE, 4, "Ambassadeurs"), NL));
    assertEquals("Anne de Vries and 4 others want to join Ambassadeurs.",
        NotificationTexts.sentence(view(NotificationKind.JOIN_REQUESTED, ANNE, 4, "Ambassadeurs"), Locale.ENGLISH));
  }

  @Test
  void everyKindHasATextInBothLanguages() {
    for (NotificationKind kind : NotificationKind.values()) {
      for (Locale locale : new Locale[] {NL, Locale.ENGLISH}) {
        String text = NotificationTexts.sentence(view(kind, ANNE, 0, "Kaartjesmarkt"), locale);
        assertEquals(true, text.contains("Kaartjesmarkt") && !text.startsWith("notifications."), kind + ": " + text);
      }
    }
  }

  @Test
  void aGroupTheReaderNoLongerSeesIsNotNamedAndLeadsToTheList() {
    NotificationView hidden = view(NotificationKind.JOIN_APPROVED, null, 0, null);
    assertEquals("Iemand heeft uw verzoek om lid te worden van een groep goedgekeurd.",
        NotificationTexts.sentence(hidden, NL));
    assertEquals("/notifications/index.xhtml", NotificationTexts.target(hidden));
    assertEquals("Een groep is al lang niet actief en staat op de lijst van de communitymanager."
            + " Wilt u de groep houden? Vraag het op de pagina van de groep.",
        NotificationTexts.sentence(view(NotificationKind.GROUP_INACTIVE, null, 0, null), NL));
  }

  @Test
  void aRequestLeadsToTheRequestsAndTheRestToTheGroup() {
    assertEquals("/groups/requests.xhtml?id=" + GROUP,
        NotificationTexts.target(view(NotificationKind.JOIN_REQUESTED, ANNE, 0, "Ambassadeurs")));
    assertEquals("/groups/group.xhtml?id=" + GROUP,
        NotificationTexts.target(view(NotificationKind.GROUP_INACTIVE, null, 0, "Fotowedstrijd 2024")));
  }

  @Test
  void aPostIsQuotedOrLeftOutWhenTheReaderMayNoLongerReadIt() {
    assertEquals("Anne de Vries en 2 anderen vinden uw bericht „Een #wens voor het intranet” leuk.",
        NotificationTexts.sentence(view(NotificationKind.LIKED, ANNE, 2, "Een #wens voor het intranet"), NL));
    assertEquals("Anne de Vries heeft gereageerd op uw bericht.",
        NotificationTexts.sentence(view(NotificationKind.COMMENTED, ANNE, 0, null), NL));
    assertEquals("/timeline/post.xhtml?id=" + GROUP,
        NotificationTexts.target(view(NotificationKind.MENTIONED, ANNE, 0, "Een #wens")));
    assertEquals("/notifications/index.xhtml", NotificationTexts.target(view(NotificationKind.MENTIONED, ANNE, 0, null)));
  }
}
