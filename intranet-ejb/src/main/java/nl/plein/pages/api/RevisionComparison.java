package nl.plein.pages.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** Two revisions of a page side by side: their titles and the changed lines of their text. */
public record RevisionComparison(UUID pageId, String pageTitle, RevisionSummary older, RevisionSummary newer,
    boolean titleChanged, List<DiffLine> lines) implements Serializable {
  public RevisionComparison {
    lines = List.copyOf(lines);
  }

  public boolean same() {
    return !titleChanged && lines.isEmpty();
  }
}
