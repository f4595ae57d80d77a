package nl.plein.common.api;

import java.io.Serializable;
import java.util.List;

/**
 * One problem with one input field. {@code field} is the request's property name (e.g. {@code
 * name}); {@code code} is a message key.
 */
public record FieldError(String field, String code, List<Serializable> arguments)
    implements Serializable {

  public FieldError {
    arguments = List.copyOf(arguments);
  }

  public static FieldError of(String field, String code, Serializable... arguments) {
    return new FieldError(field, code, List.of(arguments));
  }
}
