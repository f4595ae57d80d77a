package nl.plein.pages.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.pages.api.DiffLine;
import nl.plein.pages.api.DiffLine.Kind;
import nl.plein.pages.api.DiffLine.Segment;

/**
 * A readable comparison of two texts, as people compare versions of a document: by line (Myers'
 * algorithm, from java-diff-utils), and within a line that changed, the words that differ marked.
 * Long runs of unchanged lines are folded to {@value #CONTEXT} lines of context on either side of a
 * change.
 */
public final class TextDiff {
  /** Unchanged lines kept around each change. */
  public static final int CONTEXT = 3;

  /** Words, runs of white space, or single other characters: the units a changed line is compared by. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

  private TextDiff() {}

  /** The lines of the comparison of {@code older} with {@code newer}; empty when they are the same. */
  public static List<DiffLine> compare(String older, String newer) {
    List<String> a = lines(older);
    List<String> b = lines(newer);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<DiffLine> out = new ArrayList<>();
    List<DiffLine> same = new ArrayList<>();
    int i = 0;
    int j = 0;
    boolean first = true;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int from = delta.getSource().getPosition();
      while (i < from) {
        same.add(new DiffLine(Kind.SAME, i + 1, j + 1, List.of(new Segment(a.get(i), false)), 0));
        i++;
        j++;
      }
      fold(same, out, first, false);
      first = false;
      List<String> removed = delta.getSource().getLines();
      List<String> added = delta.getTarget().getLines();
      int paired = Math.min(removed.size(), added.size());
      List<DiffLine> adds = new ArrayList<>();
      for (int k = 0; k < removed.size(); k++) {
        if (k < paired) {
          List<List<Segment>> words = words(removed.get(k), added.get(k));
          out.add(new DiffLine(Kind.REMOVED, i + k + 1, 0, words.get(0), 0));
          adds.add(new DiffLine(Kind.ADDED, 0, j + k + 1, words.get(1), 0));
        } else {
          out.add(new DiffLine(Kind.REMOVED, i + k + 1, 0, List.of(new Segment(removed.get(k), true)), 0));
        }
      }
      for (int k = paired; k < added.size(); k++) {
        adds.add(new DiffLine(Kind.ADDED, 0, j + k + 1, List.of(new Segment(added.get(k), true)), 0));
      }
      out.addAll(adds);
      i += removed.size();
      j += added.size();
    }
    if (patch.getDeltas().isEmpty()) {
      return List.of();
    }
    while (i < a.size()) {
      same.add(new DiffLine(Kind.SAME, i + 1, j + 1, List.of(new Segment(a.get(i), false)), 0));
      i++;
      j++;
    }
    fold(same, out, false, true);
    return out;
  }

  /** Moves a run of unchanged lines to the output, folding its middle (or its start or end at the text's edges). */
  private static void fold(List<DiffLine> same, List<DiffLine> out, boolean atStart, boolean atEnd) {
    int keepBefore = atStart ? 0 : CONTEXT;
    int keepAfter = atEnd ? 0 : CONTEXT;
    if (same.size() <= keepBefore + keepAfter + 1) {
      out.addAll(same);
    } else {
      out.addAll(same.subList(0, keepBefore));
      int skipped = same.size() - keepBefore - keepAfter;
      DiffLine firstSkipped = same.get(keepBefore);
      out.add(new DiffLine(Kind.SKIPPED, firstSkipped.oldNumber(), firstSkipped.newNumber(), List.of(), skipped));
      out.addAll(same.subList(same.size() - keepAfter, same.size()));
    }
    same.clear();
  }

  /** The segments of a removed and an added line, the differing words marked in each. */
  static List<List<Segment>> words(String older, String newer) {
    List<String> a = tokens(older);
    List<String> b = tokens(newer);
    boolean[] changedA = new boolean[a.size()];
    boolean[] changedB = new boolean[b.size()];
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      Arrays.fill(changedA, d.getSource().getPosition(), d.getSource().getPosition() + d.getSource().size(), true);
      Arrays.fill(changedB, d.getTarget().getPosition(), d.getTarget().getPosition() + d.getTarget().size(), true);
    }
    return List.of(segments(a, changedA), segments(b, changedB));
  }

  private static List<Segment> segments(List<String> tokens, boolean[] changed) {
    List<Segment> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean current = false;
    for (int k = 0; k < tokens.size(); k++) {
      // White space between two changed words belongs to the change: "oude tekst" -> one mark.
      boolean c = changed[k] || (tokens.get(k).isBlank() && k > 0 && k + 1 < tokens.size() && changed[k - 1]
          && changed[k + 1]);
      if (c != current && run.length() > 0) {
        out.add(new Segment(run.toString(), current));
        run.setLength(0);
      }
      current = c;
      run.append(tokens.get(k));
    }
    if (run.length() > 0) {
      out.add(new Segment(run.toString(), current));
    }
    return out;
  }

  private static List<String> tokens(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
  }
}
