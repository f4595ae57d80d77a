package nl.plein.common.api;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * The one exception every Plein use case throws for a rule it enforces. Its {@link #code()} is a
 * key in the {@code errors} message bundle, so the web pages show it localized and the API turns
 * it into {@code application/problem+json}. Rolling back keeps what was saved before intact.
 */
@ApplicationException(rollback = true, inherited = true)
public class PleinException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure this is: decides the HTTP status and how the pages react. */
  public enum Kind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT
  }

  private final Kind kind;
  private final String code;
  private final List<Serializable> arguments;

  public PleinException(Kind kind, String code, Serializable... arguments) {
    super(code);
    this.kind = kind;
    this.code = code;
    this.arguments = List.of(arguments);
  }

  public Kind kind() {
    return kind;
  }

  /** Message key in {@code nl/plein/common/api/errors.properties}. */
  public String code() {
    return code;
  }

  public List<Serializable> arguments() {
    return arguments;
  }
}
