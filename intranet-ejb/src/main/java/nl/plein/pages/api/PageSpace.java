package nl.plein.pages.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * Where pages live: a department (of an organisation) or a group.
 *
 * @param pageCount published pages in it
 */
public record PageSpace(Kind kind, UUID id, String name, UUID organisationId, long pageCount) implements Serializable {
  public enum Kind { DEPARTMENT, GROUP }

  public boolean isGroup() {
    return kind == Kind.GROUP;
  }
}
