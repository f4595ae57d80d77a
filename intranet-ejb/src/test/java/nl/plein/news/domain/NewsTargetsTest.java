package nl.plein.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.plein.news.api.NewsTarget;
import org.junit.jupiter.api.Test;

class NewsTargetsTest {
  private static final UUID POLDERRAND = UUID.randomUUID();
  private static final UUID DIJKVLIET = UUID.randomUUID();
  private static final UUID DIENSTVERLENING = UUID.randomUUID();
  private static final UUID BURGERZAKEN = UUID.randomUUID(); // under Dienstverlening
  private static final UUID GROEN = UUID.randomUUID();

  private static boolean reaches(String itemTerms, Set<String> readerTerms) {
    return List.of(itemTerms.split(" ")).stream().anyMatch(readerTerms::contains);
  }

  private static final Set<String> MILA = NewsTargets.readerTerms(POLDERRAND, List.of(BURGERZAKEN, DIENSTVERLENING));
  private static final Set<String> ARJEN = NewsTargets.readerTerms(POLDERRAND, List.of(GROEN));
  private static final Set<String> RICARDO = NewsTargets.readerTerms(DIJKVLIET, List.of());

  @Test
  void theInstallationReachesEveryone() {
    String terms = NewsTargets.terms(List.of(NewsTarget.INSTALLATION), Map.of());
    assertEquals("all", terms);
    assertTrue(reaches(terms, MILA) && reaches(terms, ARJEN) && reaches(terms, RICARDO));
  }

  @Test
  void anOrganisationReachesItsPeopleOnly() {
    String terms = NewsTargets.terms(List.of(new NewsTarget(NewsTarget.Kind.ORGANISATION, POLDERRAND)), Map.of());
    assertTrue(reaches(terms, MILA) && reaches(terms, ARJEN));
    assertFalse(reaches(terms, RICARDO));
  }

  @Test
  void aDepartmentReachesItsSubdepartmentsButNotItsSiblings() {
    String terms = NewsTargets.terms(List.of(new NewsTarget(NewsTarget.Kind.DEPARTMENT, DIENSTVERLENING)),
        Map.of(DIENSTVERLENING, POLDERRAND));
    assertTrue(reaches(terms, MILA), "Burgerzaken is under Dienstverlening");
    assertFalse(reaches(terms, ARJEN), "Groen is not");
    assertFalse(reaches(terms, RICARDO));
    assertTrue(reaches(terms, NewsTargets.organisationTerms(POLDERRAND)), "the organisation's token reads it");
    assertFalse(reaches(terms, NewsTargets.organisationTerms(DIJKVLIET)), "another organisation's token does not");
  }

  @Test
  void severalTargetsAreOneAudienceAndComeBackForTheEditor() {
    List<NewsTarget> targets = List.of(new NewsTarget(NewsTarget.Kind.DEPARTMENT, GROEN),
        new NewsTarget(NewsTarget.Kind.ORGANISATION, DIJKVLIET));
    String terms = NewsTargets.terms(targets, Map.of(GROEN, POLDERRAND));
    assertTrue(reaches(terms, ARJEN) && reaches(terms, RICARDO));
    assertFalse(reaches(terms, MILA));
    assertEquals(Set.copyOf(targets), Set.copyOf(NewsTargets.targets(terms)));
    assertThrows(IllegalArgumentException.class, () -> NewsTargets.terms(List.of(), Map.of()));
  }

  @Test
  void theApiFilterByAudienceNeverWidensWhatTheCallerMayRead() {
    UUID dijkvlietDepartment = UUID.randomUUID();
    Set<String> forThatDepartment = NewsTargets.readerTerms(DIJKVLIET, List.of(dijkvlietDepartment));
    String itsNews = NewsTargets.terms(List.of(new NewsTarget(NewsTarget.Kind.DEPARTMENT, dijkvlietDepartment)),
        Map.of(dijkvlietDepartment, DIJKVLIET));
    String everyone = NewsTargets.terms(List.of(NewsTarget.INSTALLATION), Map.of());
    // Dijkvliet's own token and the installation read that department's news ...
    assertTrue(reaches(itsNews, NewsTargets.readableAudience(forThatDepartment, DIJKVLIET,
        java.util.Optional.of(NewsTargets.organisationTerms(DIJKVLIET)))));
    assertTrue(reaches(itsNews, NewsTargets.readableAudience(forThatDepartment, DIJKVLIET, java.util.Optional.empty())));
    // ... another organisation's token and a person elsewhere only what is for everyone.
    Set<String> polderrandToken = NewsTargets.readableAudience(forThatDepartment, DIJKVLIET,
        java.util.Optional.of(NewsTargets.organisationTerms(POLDERRAND)));
    assertFalse(reaches(itsNews, polderrandToken));
    assertTrue(reaches(everyone, polderrandToken));
    assertFalse(reaches(itsNews, NewsTargets.readableAudience(forThatDepartment, DIJKVLIET, java.util.Optional.of(MILA))));
    // Mila asking for her own department gets what reaches it, the departments above it included.
    String dienstverlening = NewsTargets.terms(List.of(new NewsTarget(NewsTarget.Kind.DEPARTMENT, DIENSTVERLENING)),
        Map.of(DIENSTVERLENING, POLDERRAND));
    assertTrue(reaches(dienstverlening, NewsTargets.readableAudience(
        NewsTargets.readerTerms(POLDERRAND, List.of(BURGERZAKEN, DIENSTVERLENING)), POLDERRAND, java.util.Optional.of(MILA))));
  }

  @Test
  void targetCodesRoundTripAndRefuseNonsense() {
    NewsTarget department = new NewsTarget(NewsTarget.Kind.DEPARTMENT, GROEN);
    assertEquals(department, NewsTarget.fromCode(department.code()).orElseThrow());
    assertEquals(NewsTarget.INSTALLATION, NewsTarget.fromCode("installatie").orElseThrow());
    assertTrue(NewsTarget.fromCode("afdeling:geen-id").isEmpty());
    assertTrue(NewsTarget.fromCode("iedereen").isEmpty());
  }
}
