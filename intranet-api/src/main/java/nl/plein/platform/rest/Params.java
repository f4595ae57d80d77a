package nl.plein.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;

/**
 * Parses query parameters as text, so that every malformed one is reported together in one 400
 * (JAX-RS would answer a bad number with a bare 404).
 */
public final class Params {
  private final List<FieldError> errors = new ArrayList<>();

  public Optional<PageRequest> page(String page, String size) {
    Integer p = integer("pagina", page);
    Integer s = integer("paginaGrootte", size);
    if (p != null && p < 1) {
      errors.add(FieldError.of("pagina", "error.page.number"));
    }
    if (s != null && (s < 1 || s > PageRequest.MAX_SIZE)) {
      errors.add(FieldError.of("paginaGrootte", "error.page.size", PageRequest.MAX_SIZE));
    }
    return errors.isEmpty() ? Optional.of(new PageRequest(p, s)) : Optional.empty();
  }

  /** An optional id filter: absent is null, malformed is a field error. */
  public UUID optionalId(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.of(name, "error.field.uuid"));
      return null;
    }
  }

  public void invalid(String name, String code) {
    errors.add(FieldError.of(name, code));
  }

  public boolean bool(String name, String value) {
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean(value);
    }
    errors.add(FieldError.of(name, "error.field.boolean"));
    return false;
  }

  private Integer integer(String name, String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(FieldError.of(name, "error.field.integer"));
      return null;
    }
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Ids are UUIDs; anything else is invalid input (400), not an unknown object. */
  public static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(List.of(FieldError.of("id", "error.field.uuid")));
    }
  }
}
