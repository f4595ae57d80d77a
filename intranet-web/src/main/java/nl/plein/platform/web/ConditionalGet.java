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
}
