package nl.plein.groups.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The quality set of the duplicate warning: pairs that must and must not meet. */
class GroupSimilarityTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Kaartjesmarkt                | Kunst- en cultuurkaartjes
      Personeelsvereniging         | Personeelsvereniging Dijkvliet
      Persoonelsvereniging         | Personeelsvereniging
      Hardloopgroep                | Hardlopen
      Moestuin                     | Moestuiniers
      Vraag het intranet           | Vragen over het intranet
      Duurzaamheid                 | Duurzaam werken
      Omgevingswet                 | Implementatie Omgevingswet
      Fotografie                   | Fotografieclub
      Ambassadeurs intranet        | Intranetambassadeurs
      Mantelzorgers                | Mantelzorg
      Thuiswerken                  | Thuis werken tips
      Koor                         | Het koor
      Kerstmarkt                   | Kerstmarkt Molenbroek
      Fietsen naar het werk        | Fietsers
      Team Informatiebeveiliging   | Informatiebeveiliging en privacy
      """)
  void theseAreLikelyTheSameGroup(String a, String b) {
    assertTrue(GroupSimilarity.namesMatch(a, b), a + " ~ " + b);
    assertTrue(GroupSimilarity.namesMatch(b, a), "symmetric: " + b + " ~ " + a);
  }

  @ParameterizedTest(name = "{0} ≁ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Personeelsvereniging         | Ondernemingsraad
      Fietsclub                    | Fotoclub
      Hardloopgroep                | Wandelgroep
      Moestuin                     | Muziek
      Omgevingswet                 | Wet open overheid
      Kaartjesmarkt                | Kerstmarkt
      Thuiswerken                  | Thuiszorg
      Duurzaamheid                 | Gezondheid
      Boekenclub                   | Voetbalclub
      Team Burgerzaken             | Team ICT
      Vraag het intranet           | Vraag en aanbod
      Koor                         | Kookclub
      Werkgroep Jeugd              | Werkgroep Ouderen
      Mantelzorgers                | Mentoren
      Ambassadeurs intranet        | Ambtenarenpraat
      """)
  void theseAreDifferentGroups(String a, String b) {
    assertFalse(GroupSimilarity.namesMatch(a, b), a + " ≁ " + b);
    assertFalse(GroupSimilarity.namesMatch(b, a), "symmetric: " + b + " ≁ " + a);
  }

  @Test
  void descriptionsAboutTheSameSubjectMatch() {
    assertEquals(Optional.of(GroupSimilarity.Match.DESCRIPTION), GroupSimilarity.compare(
        "Tickets", "Kaartjes voor concerten, theater en musea doorverkopen aan collega's",
        "Cultuur", "Wie heeft kaartjes over voor het theater of een concert? Verkoop ze hier aan collega's."));
    assertEquals(Optional.empty(), GroupSimilarity.compare(
        "Tickets", "Kaartjes voor concerten, theater en musea doorverkopen aan collega's",
        "Fietsen", "Samen op de fiets naar het werk, routes en tips voor collega's"));
  }

  @Test
  void kindsOfGroupAreNotWhatAGroupIsAbout() {
    assertEquals(List.of("hardloop"), GroupSimilarity.subjectWords("Hardloopgroep"));
    assertEquals(List.of("burgerzaken"), GroupSimilarity.subjectWords("Team Burgerzaken"));
    assertEquals(List.of("koor"), GroupSimilarity.subjectWords("Het koor"));
    assertEquals(List.of(), GroupSimilarity.subjectWords("De groep"));
  }
}
