package nl.plein.organisations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.plein.organisations.api.DepartmentSummary;

/** The department tree as the service gives it: in tree order, each followed by what lies under it. */
public final class DepartmentTree {
  private static final String INDENT = "\u00a0\u00a0\u00a0";

  private DepartmentTree() {}

  /**
   * Where {@code moving} may go: anywhere except under itself. The service refuses a cycle too; the
   * page simply does not offer one.
   */
  static List<DepartmentSummary> possibleParents(List<DepartmentSummary> tree, UUID moving) {
    List<DepartmentSummary> result = new ArrayList<>();
    Integer skipDeeperThan = null;
    for (DepartmentSummary d : tree) {
      if (skipDeeperThan != null && d.depth() > skipDeeperThan) {
        continue;
      }
      skipDeeperThan = null;
      if (d.id().equals(moving)) {
        skipDeeperThan = d.depth();
        continue;
      }
      result.add(d);
    }
    return result;
  }

  /** A select option's text: indented by depth, since an option cannot hold other markup. */
  public static String label(DepartmentSummary d) {
    return INDENT.repeat(d.depth()) + d.name();
  }

  static String nameOf(List<DepartmentSummary> tree, UUID id) {
    return tree.stream().filter(d -> d.id().equals(id)).map(DepartmentSummary::name).findFirst().orElse("");
  }
}
