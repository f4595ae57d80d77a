package nl.plein.people.api;

import java.io.Serializable;
import java.util.UUID;
import nl.plein.common.api.PageRequest;

/**
 * A directory search: free text (name, function, department, expertise, location or phone
 * number) with optional filters. Without text, everyone visible is listed by name.
 */
public record DirectoryQuery(
    String text,
    UUID organisationId,
    UUID departmentId,
    UUID locationId,
    String expertise,
    Sort sort,
    PageRequest page)
    implements Serializable {

  public enum Sort {
    RELEVANCE,
    NAME
  }

  public static DirectoryQuery text(String text, PageRequest page) {
    return new DirectoryQuery(text, null, null, null, null, Sort.RELEVANCE, page);
  }
}
