package nl.plein.organisations.service;

import java.util.Locale;
import java.util.regex.Pattern;

/** Dutch postal codes: four digits (not starting with 0) and two letters, shown as "1234 AB". */
public final class PostalCode {
  private static final Pattern PATTERN = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");

  private PostalCode() {}

  public static boolean isValid(String value) {
    return PATTERN.matcher(value.strip()).matches();
  }

  public static String format(String value) {
    String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
    return compact.substring(0, 4) + " " + compact.substring(4);
  }
}
