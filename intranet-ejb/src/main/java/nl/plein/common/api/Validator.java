package nl.plein.common.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors for one request and throws them together. Service methods use it so that
 * the API and the pages report every problem in one answer.
 */
public final class Validator {
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private final List<FieldError> errors = new ArrayList<>();

  public Validator required(String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(FieldError.of(field, "error.field.required"));
    }
    return this;
  }

  public Validator required(String field, Object value) {
    if (value == null) {
      errors.add(FieldError.of(field, "error.field.required"));
    }
    return this;
  }

  public Validator maxLength(String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.add(FieldError.of(field, "error.field.tooLong", max));
    }
    return this;
  }

  public Validator color(String field, String value) {
    if (value != null && !value.isBlank() && !COLOR.matcher(value.strip()).matches()) {
      errors.add(FieldError.of(field, "error.field.color"));
    }
    return this;
  }

  public Validator check(boolean ok, String field, String code, java.io.Serializable... args) {
    if (!ok) {
      errors.add(FieldError.of(field, code, args));
    }
    return this;
  }

  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Trims, and turns blank into null. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }
}
