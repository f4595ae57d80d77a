package nl.plein.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.plein.platform.web.MessageTexts;
import org.junit.jupiter.api.Test;

class PeopleFormatsTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void phoneLinksHoldOnlyDigitsAndALeadingPlus() {
    assertEquals("tel:140180", PeopleFormats.telHref("14 0180"));
    assertEquals("tel:+31612345678", PeopleFormats.telHref("+31 (0)6-1234 5678"));
    assertEquals("tel:0612345678", PeopleFormats.telHref("06 12 34 56 78"));
    assertNull(PeopleFormats.telHref(null));
  }

  @Test
  void workingDaysInWeekOrderInThePagesLanguage() {
    var days = EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY);
    assertEquals("maandag, donderdag", PeopleFormats.dayNames(days, DUTCH));
    assertEquals("Monday, Thursday", PeopleFormats.dayNames(days, Locale.ENGLISH));
    assertEquals("", PeopleFormats.dayNames(null, DUTCH));
  }

  @Test
  void expertsLinksAreEncoded() {
    assertEquals("/people/experts?q=Wet+%26+regelgeving", new PeopleFormats().expertsHref("Wet & regelgeving"));
  }

  @Test
  void aCardShowsTheFirstTags() {
    assertEquals(List.of("a", "b"), new PeopleFormats().first(List.of("a", "b", "c"), 2));
    assertEquals(List.of("a"), new PeopleFormats().first(List.of("a"), 5));
  }

  @Test
  void countsInTextsSurviveTheNestedFormats() {
    // A choice branch with {0} is formatted twice: a plain apostrophe there would vanish.
    assertEquals("23 collega’s gevonden", MessageTexts.ui(DUTCH, "people.results", 23));
    assertEquals("1 collega gevonden", MessageTexts.ui(DUTCH, "people.results", 1));
    assertEquals("2 collega’s weten iets van “paspoort”", MessageTexts.ui(DUTCH, "experts.results", 2, "paspoort"));
    assertEquals("(+1 punt)", MessageTexts.ui(DUTCH, "completeness.points", 1));
    assertEquals("(+15 points)", MessageTexts.ui(Locale.ENGLISH, "completeness.points", 15));
  }
}
