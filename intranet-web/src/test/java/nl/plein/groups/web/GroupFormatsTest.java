package nl.plein.groups.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GroupFormatsTest {
  @Test
  void initialsAreTheFirstLetterAndTheNextCapitalisedWord() {
    assertEquals("TB", GroupFormats.initialsOf("Team Burgerzaken"));
    assertEquals("K", GroupFormats.initialsOf("Koor van de gemeente"));
    assertEquals("KC", GroupFormats.initialsOf("koor van de Centrale Stad"));
    assertEquals("F", GroupFormats.initialsOf("fietsclub"));
    assertEquals("Ö", GroupFormats.initialsOf("  özlems leesclub"));
    assertEquals("B2", GroupFormats.initialsOf("Bouwteam 2030"));
    assertEquals("HW", GroupFormats.initialsOf("(Hardlopen) - Wijk"));
  }

  @Test
  void nothingToShowWithoutAName() {
    assertEquals("", GroupFormats.initialsOf(null));
    assertEquals("", GroupFormats.initialsOf(" - "));
  }
}
