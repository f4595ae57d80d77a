package nl.plein.organisations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import nl.plein.organisations.api.DepartmentSummary;
import org.junit.jupiter.api.Test;

class DepartmentTreeTest {
  private final UUID org = UUID.randomUUID();
  private final DepartmentSummary social = department("Sociaal domein", null, 0);
  private final DepartmentSummary youth = department("Jeugd", social.id(), 1);
  private final DepartmentSummary care = department("Jeugdzorg", youth.id(), 2);
  private final DepartmentSummary income = department("Inkomen", social.id(), 1);
  private final DepartmentSummary space = department("Ruimte", null, 0);
  private final List<DepartmentSummary> tree = List.of(social, youth, care, income, space);

  @Test
  void aDepartmentCannotMoveUnderItselfOrWhatLiesUnderIt() {
    assertEquals(List.of(social, income, space), DepartmentTree.possibleParents(tree, youth.id()));
  }

  @Test
  void aTopLevelDepartmentTakesItsWholeBranchOut() {
    assertEquals(List.of(space), DepartmentTree.possibleParents(tree, social.id()));
  }

  @Test
  void labelsAreIndentedByDepth() {
    assertEquals("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Jeugdzorg", DepartmentTree.label(care));
    assertEquals("Jeugd", DepartmentTree.nameOf(tree, youth.id()));
  }

  private DepartmentSummary department(String name, UUID parent, int depth) {
    return new DepartmentSummary(UUID.randomUUID(), org, parent, name, true, depth, 0);
  }
}
