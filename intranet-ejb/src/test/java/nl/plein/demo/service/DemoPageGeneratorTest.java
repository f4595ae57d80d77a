package nl.plein.demo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.plein.demo.service.DemoPageGenerator.PagePlan;
import nl.plein.demo.service.DemoPageGenerator.RevisionPlan;
import nl.plein.demo.service.DemoPageGenerator.SpaceSource;
import org.junit.jupiter.api.Test;

class DemoPageGeneratorTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static List<SpaceSource> spaces(int n) {
    return IntStream.range(0, n).mapToObj(i -> new SpaceSource(UUID.randomUUID(), i % 3 == 0, UUID.randomUUID(),
        "person", IntStream.range(0, 5).mapToObj(j -> UUID.randomUUID()).toList())).toList();
  }

  @Test
  void pagesAreSkewedOverSpacesAtMostThreeLevelsDeepWithParentsInTheirOwnSpaceFirst() {
    List<SpaceSource> spaces = spaces(100);
    DemoPageGenerator generator = new DemoPageGenerator(1, spaces, NOW, TODAY);
    Map<UUID, PagePlan> made = new HashMap<>();
    int[] perSpace = new int[spaces.size()];
    int overdue = 0;
    for (int i = 0; i < 5000; i++) {
      PagePlan p = generator.next(i);
      perSpace[p.space()]++;
      assertTrue(p.depth() <= 2, "three levels at most");
      if (p.parentId() != null) {
        PagePlan parent = made.get(p.parentId());
        assertTrue(parent != null, "the parent comes first");
        assertEquals(parent.space(), p.space(), "a subpage lives in its parent's space");
        assertEquals(parent.depth() + 1, p.depth());
      }
      assertTrue(spaces.get(p.space()).writers().contains(p.ownerId()), "the owner writes in the space");
      if (p.reviewDate().isBefore(TODAY)) {
        overdue++;
      }
      made.put(p.id(), p);
    }
    int busiest = java.util.Arrays.stream(perSpace).max().orElseThrow();
    int median = java.util.Arrays.stream(perSpace).sorted().toArray()[spaces.size() / 2];
    assertTrue(busiest > 5 * median, "a few spaces hold many pages: " + busiest + " vs median " + median);
    assertTrue(overdue > 400 && overdue < 900, "about one in eight overdue: " + overdue);
  }

  @Test
  void eachRevisionChangesTheTextALittleAndIsWrittenByAWriterInOrder() {
    List<SpaceSource> spaces = spaces(3);
    DemoPageGenerator generator = new DemoPageGenerator(2, spaces, NOW, TODAY);
    List<RevisionPlan> longest = List.of();
    Set<Integer> counts = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      PagePlan p = generator.next(i);
      List<RevisionPlan> history = generator.revisions(p);
      assertEquals(p.revisions(), history.size());
      counts.add(history.size());
      for (int n = 0; n < history.size(); n++) {
        RevisionPlan r = history.get(n);
        assertEquals(n + 1, r.number());
        assertTrue(spaces.get(p.space()).writers().contains(r.authorId()));
        assertTrue(r.savedAt().isBefore(NOW), "never in the future");
        if (n > 0) {
          assertNotEquals(history.get(n - 1).source(), r.source(), "a revision changes something");
          assertTrue(!r.savedAt().isBefore(history.get(n - 1).savedAt()), "in order");
        }
      }
      if (history.size() > longest.size()) {
        longest = history;
      }
    }
    assertTrue(counts.contains(1) && longest.size() >= 10, "from one revision to many: " + longest.size());
    List<RevisionPlan> once = history(new DemoPageGenerator(2, spaces, NOW, TODAY), 5);
    List<RevisionPlan> again = history(new DemoPageGenerator(2, spaces, NOW, TODAY), 5);
    assertEquals(once.get(once.size() - 1).source(), again.get(again.size() - 1).source(), "deterministic for a seed");
  }

  @Test
  void theBenchmarksLongPagesAreLongAndStayWithinTheLimit() {
    PagePlan plan = new PagePlan(null, 0, null, 1, "Lange nota", 9, 30, UUID.randomUUID(), TODAY, NOW.minusSeconds(999_999));
    List<RevisionPlan> history = DemoPageGenerator.revisions(plan, List.of(UUID.randomUUID()),
        DemoPageGenerator.LONG_TEXT_PARAGRAPHS);
    String last = history.get(history.size() - 1).source();
    assertTrue(last.length() > 20_000, "long: " + last.length());
    assertTrue(last.length() < nl.plein.pages.domain.KnowledgePage.MAX_SOURCE, "within the editor's limit");
    List<String> before = List.of(history.get(0).source().split("\n\n"));
    List<String> after = List.of(last.split("\n\n"));
    List<String> changed = new ArrayList<>(after);
    changed.removeAll(before);
    assertTrue(changed.size() >= 10, "many paragraphs differ between the first and last revision: " + changed.size());
  }

  private static List<RevisionPlan> history(DemoPageGenerator generator, int pages) {
    PagePlan last = null;
    for (int i = 0; i < pages; i++) {
      last = generator.next(i);
    }
    return generator.revisions(last);
  }
}
