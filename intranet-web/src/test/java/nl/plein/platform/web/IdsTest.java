package nl.plein.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void parsesAnId() {
    UUID id = UUID.randomUUID();
    assertEquals(Optional.of(id), Ids.parse(" " + id + " "));
  }

  @Test
  void malformedOrMissingIsEmpty() {
    assertTrue(Ids.parse("not-an-id").isEmpty());
    assertTrue(Ids.parse("").isEmpty());
    assertNull(Ids.orNull(null));
  }
}
