package nl.plein.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** HTTP revalidation for the few files Plein serves itself (logo, custom theme). */
public final class ConditionalGet {
  private ConditionalGet() {}

  /** Whether the browser's copy (If-Modified-Since) is as new as {@code modified} (whole seconds). */
  public static boolean notModifiedSince(HttpServletRequest request, long modified) {
    try {
      return request.getDateHeader("If-Modified-Since") >= modified;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /**
   * Whether the browser's copy is current: {@code If-None-Match} names {@code etag} (weak or
   * strong, in a list) or is "*".
   */
  public static boolean matches(HttpServletRequest request, String etag) {
    return etagMatches(request.getHeader("If-None-Match"), etag);
  }

  static boolean etagMatches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
