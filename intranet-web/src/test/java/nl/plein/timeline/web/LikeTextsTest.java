package nl.plein.timeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.plein.people.api.PersonRef;
import org.junit.jupiter.api.Test;

class LikeTextsTest {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final PersonRef ANNE = new PersonRef(UUID.randomUUID(), "Anne de Vries", "AV", null, false, 0);
  private static final PersonRef BRAM = new PersonRef(UUID.randomUUID(), "Bram Jansen", "BJ", null, false, 0);
  private static final PersonRef CEES = new PersonRef(UUID.randomUUID(), "Cees Bakker", "CB", null, false, 0);

  @Test
  void namesAtMostTwoAndCountsTheRest() {
    assertEquals("", LikeTexts.sentence(0, false, List.of(), NL));
    assertEquals("Anne de Vries vindt dit leuk.", LikeTexts.sentence(1, false, List.of(ANNE), NL));
    assertEquals("Anne de Vries en Bram Jansen vinden dit leuk.", LikeTexts.sentence(2, false, List.of(ANNE, BRAM), NL));
    assertEquals("Anne de Vries, Bram Jansen en 1 ander vinden dit leuk.",
        LikeTexts.sentence(3, false, List.of(ANNE, BRAM, CEES), NL));
    assertEquals("Anne de Vries, Bram Jansen en 4 anderen vinden dit leuk.",
        LikeTexts.sentence(6, false, List.of(ANNE, BRAM, CEES), NL));
    assertEquals("Anne de Vries, Bram Jansen and 4 others like this.",
        LikeTexts.sentence(6, false, List.of(ANNE, BRAM, CEES), Locale.ENGLISH));
  }

  @Test
  void theReaderComesFirst() {
    assertEquals("U vindt dit leuk.", LikeTexts.sentence(1, true, List.of(), NL));
    assertEquals("U en Anne de Vries vinden dit leuk.", LikeTexts.sentence(2, true, List.of(ANNE), NL));
    assertEquals("U, Anne de Vries en 3 anderen vinden dit leuk.", LikeTexts.sentence(5, true, List.of(ANNE, BRAM), NL));
    assertEquals("You like this.", LikeTexts.sentence(1, true, List.of(), Locale.ENGLISH));
    assertEquals("You and Anne de Vries like this.", LikeTexts.sentence(2, true, List.of(ANNE), Locale.ENGLISH));
  }

  @Test
  void colleaguesTheReaderMayNotSeeAreCountedNotNamed() {
    assertEquals("3 collega’s vinden dit leuk.", LikeTexts.sentence(3, false, List.of(), NL));
    assertEquals("1 collega vindt dit leuk.", LikeTexts.sentence(1, false, List.of(), NL));
    assertEquals("Anne de Vries en 2 anderen vinden dit leuk.", LikeTexts.sentence(3, false, List.of(ANNE), NL));
    assertEquals("2 colleagues like this.", LikeTexts.sentence(2, false, List.of(), Locale.ENGLISH));
  }
}
