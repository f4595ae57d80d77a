package nl.plein.pages.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.plein.common.api.ValidationException;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void aNewPageIsDueAfterThePeriod() {
    assertEquals(LocalDate.of(2027, 11, 23), new ReviewSchedule(12).first(TODAY));
    assertEquals(LocalDate.of(2027, 5, 23), new ReviewSchedule(6).first(TODAY));
    // The end of a month stays in the month.
    assertEquals(LocalDate.of(2027, 2, 28), new ReviewSchedule(1).first(LocalDate.of(2027, 1, 31)));
  }

  @Test
  void dueFromTheReviewDateOn() {
    assertTrue(ReviewSchedule.isDue(TODAY, TODAY));
    assertTrue(ReviewSchedule.isDue(TODAY.minusDays(1), TODAY));
    assertFalse(ReviewSchedule.isDue(TODAY.plusDays(1), TODAY));
  }

  @Test
  void theNextDateIsAfterTodayAndWithinTwoYears() {
    assertEquals(TODAY.plusDays(1), ReviewSchedule.checkNext("d", TODAY.plusDays(1), TODAY));
    assertEquals(TODAY.plusYears(2), ReviewSchedule.checkNext("d", TODAY.plusYears(2), TODAY));
    assertEquals("error.knowledge.reviewInPast", code(() -> ReviewSchedule.checkNext("d", TODAY, TODAY)));
    assertEquals("error.knowledge.reviewTooFar",
        code(() -> ReviewSchedule.checkNext("d", TODAY.plusYears(2).plusDays(1), TODAY)));
    assertEquals("error.field.required", code(() -> ReviewSchedule.checkNext("d", null, TODAY)));
  }

  @Test
  void anUnreasonablePeriodIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ReviewSchedule(0));
    assertThrows(IllegalArgumentException.class, () -> new ReviewSchedule(25));
  }

  private static String code(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(ValidationException.class, e).fieldErrors().get(0).code();
  }
}
