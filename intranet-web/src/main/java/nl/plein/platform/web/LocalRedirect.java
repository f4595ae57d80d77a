package nl.plein.platform.web;

/**
 * Where to go after logging in. Only a path on this site is followed, so that a link like {@code
 * /login?next=https://evil.example} cannot send someone elsewhere after they typed their password.
 */
public final class LocalRedirect {
  static final String HOME = "/";

  private LocalRedirect() {}

  /** The path to redirect to: {@code next} if it is a local path, else the home page. */
  public static String target(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//")) {
      return HOME;
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      // Browsers read a backslash as a slash ("/\evil.example"); control characters split headers.
      if (c == '\\' || Character.isISOControl(c)) {
        return HOME;
      }
    }
    return next;
  }
}
