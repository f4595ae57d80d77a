package nl.plein.pages.api;

import java.io.Serializable;
import java.util.List;

/**
 * One line of a comparison of two revisions.
 *
 * @param kind unchanged, removed (only in the older), added (only in the newer), or a run of
 *     {@code skipped} unchanged lines left out
 * @param oldNumber the line's number in the older text (1-based), or 0
 * @param newNumber the line's number in the newer text, or 0
 * @param segments the line's text; in a changed line the words that differ are marked
 * @param skipped for {@code SKIPPED}: how many unchanged lines are left out
 */
public record DiffLine(Kind kind, int oldNumber, int newNumber, List<Segment> segments, int skipped)
    implements Serializable {
  public enum Kind { SAME, REMOVED, ADDED, SKIPPED }

  /** A piece of a line; {@code changed} marks the words that differ from the other revision. */
  public record Segment(String text, boolean changed) implements Serializable {}

  public DiffLine {
    segments = List.copyOf(segments);
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    segments.forEach(s -> b.append(s.text()));
    return b.toString();
  }
}
