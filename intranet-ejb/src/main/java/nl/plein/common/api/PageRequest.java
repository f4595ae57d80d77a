package nl.plein.common.api;

import java.io.Serializable;

/** A page of a list: 1-based page number and page size, bounded so no list is unbounded. */
public record PageRequest(int page, int size) implements Serializable {
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 1) {
      throw ValidationException.of("page", "error.page.number");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new ValidationException(
          java.util.List.of(FieldError.of("pageSize", "error.page.size", MAX_SIZE)));
    }
  }

  public int offset() {
    return (page - 1) * size;
  }
}
