package nl.plein.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  @Test
  void reportsEveryFieldErrorAtOnce() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> new Validator().required("name", " ").maxLength("shortName", "x".repeat(30), 20).color("primaryColor", "blue").throwIfInvalid());
    assertEquals(List.of("name", "shortName", "primaryColor"), e.fieldErrors().stream().map(FieldError::field).toList());
    assertEquals(PleinException.Kind.INVALID, e.kind());
  }

  @Test
  void cleaningTrimsAndTurnsBlankIntoNull() {
    assertEquals("Dijkvliet", Validator.clean("  Dijkvliet "));
    assertNull(Validator.clean("   "));
  }

  @Test
  void pagesAreBounded() {
    assertThrows(ValidationException.class, () -> new PageRequest(0, 20));
    assertThrows(ValidationException.class, () -> new PageRequest(1, PageRequest.MAX_SIZE + 1));
    assertEquals(40, new PageRequest(3, 20).offset());
    assertEquals(3, new Page<>(List.of("a"), 1, 2, 5).totalPages());
  }
}
