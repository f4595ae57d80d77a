package nl.plein.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Organisation;
import nl.plein.people.api.Completeness;
import org.junit.jupiter.api.Test;

class PeopleRulesTest {
  @Test
  void tagsAreOneWhateverTheirCaseSpacingOrAccents() {
    assertEquals("wmo", TagNames.key(" WMO "));
    assertEquals("privacy (avg)", TagNames.key("Privacy   (AVG)"));
    assertEquals("geintegreerd werken", TagNames.key("Geïntegreerd\twerken"));
    assertEquals("yilmaz", TagNames.key("Yılmaz"));
    assertEquals(List.of("Wmo", "Jeugdzorg"), TagNames.clean(List.of(" Wmo", "wmo ", "", "Jeugdzorg", "WMO")));
  }

  @Test
  void phoneNumbersCompareWhateverTheirFormatting() {
    for (String typed : List.of("06-12345678", "06 1234 5678", "+31 6 12345678", "+31 (0)6 1234 5678", "0031612345678", "(06) 12 34 56 78")) {
      assertEquals(Optional.of("0612345678"), PhoneNumbers.normalise(typed), typed);
    }
    assertEquals(Optional.of("0101234567"), PhoneNumbers.normalise("010 - 123 45 67"));
    assertEquals(Optional.empty(), PhoneNumbers.normalise("123"));
    assertTrue(PhoneNumbers.looksLikePhoneNumber("06-12345678"));
    assertTrue(PhoneNumbers.looksLikePhoneNumber("+31 6 1234 5678"));
    assertFalse(PhoneNumbers.looksLikePhoneNumber("jan de vries"));
    assertFalse(PhoneNumbers.looksLikePhoneNumber("wmo 2015"));
  }

  @Test
  void anEmptyProfileGetsTheMostValuableStepsFirst() {
    Person person = new Person(new Organisation("Gemeente Dijkvliet", null), new PersonName("Jan", "de", "Vries"));
    Completeness empty = ProfileCompleteness.of(person);
    assertEquals(0, empty.score());
    assertEquals(List.of("completeness.step.photo", "completeness.step.expertise"),
        empty.nextSteps().subList(0, 2).stream().map(Completeness.Step::key).toList());
    assertEquals(100, empty.nextSteps().stream().mapToInt(Completeness.Step::points).sum());
  }

  @Test
  void aFilledProfileScoresByWeight() {
    Organisation org = new Organisation("Gemeente Dijkvliet", null);
    Person person = new Person(org, new PersonName("Jan", "de", "Vries"));
    person.describe("Medewerker burgerzaken", "jan@dijkvliet.example", "14 0180");
    person.placeIn(new Department(org, null, "Burgerzaken"), null, null);
    person.replaceExpertise(List.of(new ExpertiseTag("Paspoorten"), new ExpertiseTag("BRP")));
    assertEquals(30, ProfileCompleteness.of(person).score(), "function 10 + department 10 + phone 10; 2 tags are not enough");
    person.replaceExpertise(List.of(new ExpertiseTag("Paspoorten"), new ExpertiseTag("BRP"), new ExpertiseTag("Rijbewijzen")));
    person.markPhoto(true);
    person.describePersonally(null, Set.of(DayOfWeek.MONDAY), null, null, "Nederlands", "Vraag me over paspoorten.");
    Completeness c = ProfileCompleteness.of(person);
    assertEquals(90, c.score());
    assertEquals(List.of("completeness.step.location", "completeness.step.interests"),
        c.nextSteps().stream().map(Completeness.Step::key).toList());
  }

  @Test
  void theNameIsSearchableWrittenTogether() {
    Person person = new Person(new Organisation("X", null), new PersonName("Jan", "de", "Vries"));
    assertEquals("JandeVries deVries", person.getJoinedNames());
  }
}
