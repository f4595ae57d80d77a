package nl.plein.people.domain;

import java.util.Optional;

/**
 * Phone numbers compared whatever their formatting: "06-1234 5678", "+31 6 12345678" and
 * "0031612345678" are all the national number 0612345678.
 */
public final class PhoneNumbers {
  private PhoneNumbers() {}

  /** The national digits of a number, or empty when it holds too few digits to be one. */
  public static Optional<String> normalise(String number) {
    if (number == null) {
      return Optional.empty();
    }
    String digits = number.replaceAll("[^0-9+]", "");
    if (digits.startsWith("+31")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("0031")) {
      digits = "0" + digits.substring(4);
    } else if (digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    digits = digits.replace("+", "");
    // Dutch numbers keep a (0) after the country code: +31 (0)6 ... → 006... → 06...
    if (digits.startsWith("00")) {
      digits = digits.substring(1);
    }
    return digits.length() >= 5 ? Optional.of(digits) : Optional.empty();
  }

  /** Whether a search text looks like a phone number rather than words. */
  public static boolean looksLikePhoneNumber(String text) {
    if (text == null) {
      return false;
    }
    String stripped = text.strip();
    return stripped.matches("[0-9+()\\-\\s.]{5,}") && stripped.replaceAll("[^0-9]", "").length() >= 5;
  }
}
