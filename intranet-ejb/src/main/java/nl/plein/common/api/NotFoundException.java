package nl.plein.common.api;

import java.io.Serializable;

/** The object does not exist, or the caller may not know that it does. */
public class NotFoundException extends PleinException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String code, Serializable... arguments) {
    super(Kind.NOT_FOUND, code, arguments);
  }
}
