package nl.plein.platform.api;

/**
 * Counts the SQL statements of one request, for tests that prove a page costs the same number of
 * statements whatever its size (no N+1). Off unless the system property {@code plein.diagnostics}
 * is true ({@code PLEIN_DIAGNOSTICS}); the API then answers with {@code X-Plein-SQL-Statements}.
 */
public final class SqlStatements {
  private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

  private SqlStatements() {}

  public static boolean enabled() {
    return Boolean.getBoolean("plein.diagnostics");
  }

  public static void start() {
    COUNT.set(new int[1]);
  }

  /** The number counted since {@link #start} on this thread, or -1 when not counting. */
  public static int stop() {
    int[] count = COUNT.get();
    COUNT.remove();
    return count == null ? -1 : count[0];
  }

  /** Called for every statement Hibernate prepares. */
  public static void counted() {
    int[] count = COUNT.get();
    if (count != null) {
      count[0]++;
    }
  }
}
