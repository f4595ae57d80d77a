package nl.plein.pages.domain;

import java.time.LocalDate;
import java.time.Period;
import nl.plein.common.api.ValidationException;

/**
 * When a page is due for review. A new page is due a year after it was written (the installation
 * may choose another period, {@code plein.pages.review-months}); a page is overdue from its review
 * date on. Whoever reviews it picks the next date: later than today, at most two years ahead, so
 * that no page escapes review for long.
 */
public final class ReviewSchedule {
  public static final int DEFAULT_MONTHS = 12;
  public static final Period MAX_AHEAD = Period.ofYears(2);

  private final Period period;

  public ReviewSchedule(int months) {
    if (months < 1 || months > 24) {
      throw new IllegalArgumentException("review period out of range: " + months);
    }
    this.period = Period.ofMonths(months);
  }

  /** From the system property {@code plein.pages.review-months}, else {@value #DEFAULT_MONTHS} months. */
  public static ReviewSchedule configured() {
    int months = Integer.getInteger("plein.pages.review-months", DEFAULT_MONTHS);
    return new ReviewSchedule(Math.max(1, Math.min(24, months)));
  }

  /** The review date of a page written today. */
  public LocalDate first(LocalDate today) {
    return today.plus(period);
  }

  /** The suggested next date after a review today. */
  public LocalDate suggestNext(LocalDate today) {
    return today.plus(period);
  }

  /**
   * Checks a chosen next review date.
   *
   * @throws ValidationException on {@code field} when it is missing, today or earlier, or more than two years ahead
   */
  public static LocalDate checkNext(String field, LocalDate chosen, LocalDate today) {
    if (chosen == null) {
      throw ValidationException.of(field, "error.field.required");
    }
    if (!chosen.isAfter(today)) {
      throw ValidationException.of(field, "error.knowledge.reviewInPast");
    }
    if (chosen.isAfter(today.plus(MAX_AHEAD))) {
      throw ValidationException.of(field, "error.knowledge.reviewTooFar", MAX_AHEAD.getYears());
    }
    return chosen;
  }

  /** Due for review: its date has come. */
  public static boolean isDue(LocalDate reviewDate, LocalDate today) {
    return !reviewDate.isAfter(today);
  }
}
