package nl.plein.common.api;

import java.io.Serializable;

/** The request is valid but clashes with the current state (e.g. a stale edit). */
public class ConflictException extends PleinException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String code, Serializable... arguments) {
    super(Kind.CONFLICT, code, arguments);
  }
}
