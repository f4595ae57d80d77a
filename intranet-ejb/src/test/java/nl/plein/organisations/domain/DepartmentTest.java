package nl.plein.organisations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DepartmentTest {
  private final Organisation org = new Organisation("Gemeente Dijkvliet", "Dijkvliet");

  @Test
  void aDepartmentCannotMoveUnderItselfOrItsParts() {
    Department ruimte = new Department(org, null, "Ruimte");
    Department openbareRuimte = new Department(org, ruimte, "Openbare ruimte");
    Department groen = new Department(org, openbareRuimte, "Groen");
    Department ict = new Department(org, null, "ICT");
    assertTrue(ruimte.isAncestorOrSelf(ruimte));
    assertTrue(ruimte.isAncestorOrSelf(groen), "Groen lies below Ruimte");
    assertFalse(groen.isAncestorOrSelf(ruimte));
    assertFalse(ruimte.isAncestorOrSelf(ict));
  }

  @Test
  void organisationNamesCompareWithoutCaseAndSpacing() {
    assertEquals(
        Organisation.nameKey("Gemeente  Dijkvliet "), Organisation.nameKey("gemeente dijkvliet"));
  }
}
