package nl.plein.pages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.plein.pages.api.DiffLine;
import nl.plein.pages.api.DiffLine.Kind;
import org.junit.jupiter.api.Test;

class TextDiffTest {
  @Test
  void sameTextsHaveNoLines() {
    assertEquals(List.of(), TextDiff.compare("a\nb", "a\nb"));
    assertEquals(List.of(), TextDiff.compare("", ""));
  }

  @Test
  void aChangedLineShowsOldAndNewWithTheChangedWordsMarked() {
    List<DiffLine> lines = TextDiff.compare("Titel\nDe balie is open tot 17 uur.\nEinde",
        "Titel\nDe balie is open tot 16 uur.\nEinde");
    assertEquals(List.of(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME), kinds(lines));
    DiffLine removed = lines.get(1);
    DiffLine added = lines.get(2);
    assertEquals("De balie is open tot 17 uur.", removed.text());
    assertEquals(2, removed.oldNumber());
    assertEquals(2, added.newNumber());
    assertEquals(List.of("17"), marked(removed));
    assertEquals(List.of("16"), marked(added));
  }

  @Test
  void adjacentChangedWordsAreOneMark() {
    List<DiffLine> lines = TextDiff.compare("bel de oude balie", "bel het nieuwe loket");
    assertEquals(List.of("de oude balie"), marked(lines.get(0)));
    assertEquals(List.of("het nieuwe loket"), marked(lines.get(1)));
  }

  @Test
  void addedAndRemovedLinesAreWhole() {
    List<DiffLine> lines = TextDiff.compare("a\nb\nc", "a\nc\nd");
    assertEquals(List.of(Kind.SAME, Kind.REMOVED, Kind.SAME, Kind.ADDED), kinds(lines));
    assertEquals("b", lines.get(1).text());
    assertEquals(4 - 1, lines.get(3).newNumber());
  }

  @Test
  void longUnchangedRunsAreFoldedWithContext() {
    String older = IntStream.rangeClosed(1, 40).mapToObj(i -> "regel " + i).collect(Collectors.joining("\n"));
    String newer = older.replace("regel 20\n", "regel twintig\n");
    List<DiffLine> lines = TextDiff.compare(older, newer);
    // 16 lines folded before, 3 of context, the change, 3 of context, 17 folded after.
    assertEquals(List.of(Kind.SKIPPED, Kind.SAME, Kind.SAME, Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME, Kind.SAME,
        Kind.SAME, Kind.SKIPPED), kinds(lines));
    assertEquals(16, lines.get(0).skipped());
    assertEquals(1, lines.get(0).oldNumber());
    assertEquals(17, lines.get(1).oldNumber());
    assertEquals(20, lines.get(4).oldNumber());
    assertEquals(17, lines.get(9).skipped());
    assertEquals(24, lines.get(9).oldNumber());
  }

  @Test
  void aShortRunBetweenChangesIsShownWhole() {
    List<DiffLine> lines = TextDiff.compare("x\n1\n2\n3\n4\n5\n6\n7\ny", "X\n1\n2\n3\n4\n5\n6\n7\nY");
    assertTrue(lines.stream().noneMatch(l -> l.kind() == Kind.SKIPPED));
    assertEquals(11, lines.size());
  }

  @Test
  void longRevisionsAreComparedQuickly() {
    String older = IntStream.range(0, 5000).mapToObj(i -> "Alinea " + i + " over de Wmo en het sociaal domein.")
        .collect(Collectors.joining("\n"));
    String newer = older.replace("Alinea 2500 over", "Alinea 2500 (herzien) over").replace("Alinea 10 ", "");
    List<DiffLine> lines = TextDiff.compare(older, newer);
    assertEquals(4, lines.stream().filter(l -> l.kind() == Kind.REMOVED || l.kind() == Kind.ADDED).count());
  }

  private static List<Kind> kinds(List<DiffLine> lines) {
    return lines.stream().map(DiffLine::kind).toList();
  }

  private static List<String> marked(DiffLine line) {
    return line.segments().stream().filter(DiffLine.Segment::changed).map(DiffLine.Segment::text).toList();
  }
}
