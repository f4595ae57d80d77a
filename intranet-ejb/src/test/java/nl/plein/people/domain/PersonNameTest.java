package nl.plein.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNameTest {
  @Test
  void dutchNamesAreShownWithAndSortedWithoutTheirPrefix() {
    PersonName jan = new PersonName("Jan", "de", "Vries");
    assertEquals("Jan de Vries", jan.displayName());
    assertEquals("vries, jan de", jan.sortName());
    assertEquals("JV", jan.initials());
    List<PersonName> sorted =
        List.of(jan, new PersonName("Anouk", null, "Bakker"), new PersonName("Kees", "van der", "Meer")).stream()
            .sorted(Comparator.comparing(PersonName::sortName))
            .toList();
    assertEquals(List.of("Anouk Bakker", "Kees van der Meer", "Jan de Vries"),
        sorted.stream().map(PersonName::displayName).toList());
  }

  @Test
  void blankPrefixesDisappear() {
    assertEquals("Fatima El Amrani", new PersonName(" Fatima ", " ", "El Amrani").displayName());
  }
}
