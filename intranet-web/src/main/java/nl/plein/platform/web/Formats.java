package nl.plein.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as the pages show them, in the page's language. */
@Named
@ApplicationScoped
public class Formats {
  /** Plein serves Dutch organisations: times are shown in Dutch time whatever the server's zone. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  public String dateTime(Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Feedback.locale())
        .withZone(ZONE)
        .format(at);
  }

  /** A day without the time, e.g. "23 november 2025": for dates that are about days, not minutes. */
  public String date(Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Feedback.locale())
        .withZone(ZONE)
        .format(at);
  }

  /** A calendar day (a review date), e.g. "23 november 2026". */
  public String day(java.time.LocalDate day) {
    if (day == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Feedback.locale()).format(day);
  }

  /** A file's size as people read it: "840 kB", "1,2 MB" (in the page's language). */
  public String fileSize(long bytes) {
    return fileSize(bytes, Feedback.locale());
  }

  static String fileSize(long bytes, java.util.Locale locale) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }
    return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
