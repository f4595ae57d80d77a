package nl.plein.common.api;

import java.util.List;

/** Input was refused; carries every field error at once so that people fix them in one go. */
public class ValidationException extends PleinException {
  private static final long serialVersionUID = 1L;

  private final List<FieldError> fieldErrors;

  public ValidationException(List<FieldError> fieldErrors) {
    super(Kind.INVALID, "error.invalid");
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public static ValidationException of(String field, String code, java.io.Serializable... arguments) {
    return new ValidationException(List.of(FieldError.of(field, code, arguments)));
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
