package nl.plein.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessageTextsTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private Locale serverDefault;

  @BeforeEach
  void serverRunsInEnglish() {
    // The trap: with an English server, a Dutch lookup must not fall back to the English texts.
    serverDefault = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(serverDefault);
  }

  @Test
  void errorCodesComeFromTheServicesBundleFormatted() {
    assertEquals(
        "Te veel mislukte pogingen. Probeer het over 5 minuten opnieuw.",
        MessageTexts.error(DUTCH, "error.login.blocked", List.of(5L)));
    assertEquals(
        "Choose one of the available themes.",
        MessageTexts.error(Locale.ENGLISH, "error.installation.theme", List.of()));
    // Always a MessageFormat pattern: the doubled apostrophe becomes one.
    assertEquals(
        "Kies een van de beschikbare thema's.",
        MessageTexts.error(DUTCH, "error.installation.theme", List.of()));
  }

  @Test
  void errorCodesOfThePagesComeFromTheirOwnBundle() {
    assertEquals(
        "De twee nieuwe wachtwoorden zijn niet gelijk.",
        MessageTexts.error(DUTCH, "error.password.mismatch", List.of()));
  }

  @Test
  void pageTextsAreFormattedOnlyWithArguments() {
    assertEquals("Het uiterlijk van alle pagina's.", MessageTexts.ui(DUTCH, "installation.theme.description"));
    assertEquals("Pagina 2 van 7", MessageTexts.ui(DUTCH, "pager.position", 2, 7));
    assertEquals("Page 2 of 7", MessageTexts.ui(Locale.ENGLISH, "pager.position", 2, 7));
  }

  @Test
  void anUnknownKeyShowsItself() {
    assertEquals("no.such.key", MessageTexts.ui(DUTCH, "no.such.key"));
    assertEquals("error.no.such", MessageTexts.error(DUTCH, "error.no.such", List.of()));
  }
}
