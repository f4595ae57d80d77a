package nl.plein.organisations.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Organisation;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {
  @Test
  void contrastFollowsWcag() {
    assertEquals(21.0, ColorContrast.ratio("#000000", "#ffffff"), 0.01);
    assertEquals(1.0, ColorContrast.ratio("#777777", "#777777"), 0.01);
    assertTrue(ColorContrast.ratio("#154273", "#ffffff") >= 4.5, "Rijksblauw passes");
    assertFalse(ColorContrast.ratio("#ffb612", "#ffffff") >= 4.5, "yellow on white fails");
  }

  @Test
  void dutchPostalCodes() {
    assertTrue(PostalCode.isValid("3311 AA"));
    assertTrue(PostalCode.isValid("3311aa"));
    assertFalse(PostalCode.isValid("0311 AA"));
    assertFalse(PostalCode.isValid("33111"));
    assertEquals("3311 AA", PostalCode.format("3311aa"));
  }

  @Test
  void departmentsComeInTreeOrderWithTheirDepth() {
    Organisation org = new Organisation("Werkorganisatie", null);
    Department ruimte = new Department(org, null, "Ruimte");
    Department bedrijfsvoering = new Department(org, null, "Bedrijfsvoering");
    Department wegen = new Department(org, ruimte, "Wegen");
    Department groen = new Department(org, ruimte, "Groen");
    Department ict = new Department(org, bedrijfsvoering, "ICT");
    List<DepartmentSummary> tree = OrganisationMapper.tree(List.of(wegen, ict, ruimte, groen, bedrijfsvoering));
    assertEquals(
        List.of("Bedrijfsvoering", "ICT", "Ruimte", "Groen", "Wegen"),
        tree.stream().map(DepartmentSummary::name).toList());
    assertEquals(List.of(0, 1, 0, 1, 1), tree.stream().map(DepartmentSummary::depth).toList());
  }
}
