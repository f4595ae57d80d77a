package nl.plein.common.api;

import java.io.Serializable;

/** The caller is known but may not do this to this object. */
public class AccessDeniedException extends PleinException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String code, Serializable... arguments) {
    super(Kind.FORBIDDEN, code, arguments);
  }

  public static AccessDeniedException generic() {
    return new AccessDeniedException("error.forbidden");
  }
}
