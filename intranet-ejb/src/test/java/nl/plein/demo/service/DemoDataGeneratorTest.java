package nl.plein.demo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import nl.plein.demo.service.DemoDataGenerator.DemoData;
import nl.plein.demo.service.DemoDataGenerator.PersonPlan;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {
  @Test
  void theSameSeedGivesTheSameData() {
    assertEquals(DemoDataGenerator.generate(60, 7), DemoDataGenerator.generate(60, 7));
  }

  @Test
  void aSharedServiceOrganisationWithFourOrganisations() {
    DemoData data = DemoDataGenerator.generate(60, 2026);
    assertEquals(4, data.organisations().size());
    assertEquals(60, data.people().size());
    for (int i = 0; i < 4; i++) {
      int org = i;
      assertTrue(data.people().stream().anyMatch(p -> p.organisation() == org), "everyone has staff");
    }
  }

  @Test
  void emailAddressesAreUniqueAndPlain() {
    DemoData data = DemoDataGenerator.generate(2000, 1);
    Set<String> emails = new HashSet<>();
    for (PersonPlan p : data.people()) {
      assertTrue(emails.add(p.email()), "duplicate " + p.email());
      assertTrue(p.email().matches("[a-z.]+[0-9]*@[a-z.]+"), p.email());
    }
  }
}
