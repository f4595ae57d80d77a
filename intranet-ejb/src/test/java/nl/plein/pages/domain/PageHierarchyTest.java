package nl.plein.pages.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.plein.common.api.ConflictException;
import org.junit.jupiter.api.Test;

class PageHierarchyTest {
  private final Map<UUID, UUID> parents = new HashMap<>();
  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();
  private final UUID c = UUID.randomUUID();

  PageHierarchyTest() {
    // a > b > c
    parents.put(b, a);
    parents.put(c, b);
  }

  @Test
  void aPageCannotGoUnderItselfOrItsDescendants() {
    assertEquals("error.knowledge.cycle", code(() -> PageHierarchy.checkMove(a, a, parents::get, 2)));
    assertEquals("error.knowledge.cycle", code(() -> PageHierarchy.checkMove(a, c, parents::get, 2)));
    assertEquals("error.knowledge.cycle", code(() -> PageHierarchy.checkMove(b, c, parents::get, 1)));
  }

  @Test
  void elsewhereAndToTheTopIsFine() {
    assertDoesNotThrow(() -> PageHierarchy.checkMove(c, a, parents::get, 0));
    assertDoesNotThrow(() -> PageHierarchy.checkMove(b, null, parents::get, 1));
  }

  @Test
  void aLoopAlreadyInTheDataIsRefusedNotWalkedForever() {
    UUID x = UUID.randomUUID();
    UUID y = UUID.randomUUID();
    parents.put(x, y);
    parents.put(y, x);
    assertEquals("error.knowledge.cycle", code(() -> PageHierarchy.checkMove(a, x, parents::get, 0)));
  }

  @Test
  void theMenuHasAMaximumDepth() {
    UUID top = UUID.randomUUID();
    UUID p = top;
    for (int i = 1; i < PageHierarchy.MAX_DEPTH; i++) {
      UUID child = UUID.randomUUID();
      parents.put(child, p);
      p = child;
    }
    UUID deepest = p;
    // deepest is at level MAX_DEPTH: a page without children under it would be one too deep.
    assertEquals("error.knowledge.tooDeep", code(() -> PageHierarchy.checkMove(a, deepest, parents::get, 0)));
    assertDoesNotThrow(() -> PageHierarchy.checkMove(a, parents.get(deepest), parents::get, 0));
  }

  private static String code(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(ConflictException.class, e).code();
  }
}
