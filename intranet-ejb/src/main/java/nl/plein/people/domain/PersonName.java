package nl.plein.people.domain;

import java.util.Locale;

/**
 * A Dutch name: given name, optional prefix ("van der") and surname. Displayed as "Jan de Vries",
 * sorted as "Vries, Jan de".
 */
public record PersonName(String givenName, String surnamePrefix, String surname) {

  public PersonName {
    givenName = givenName.strip();
    surnamePrefix = surnamePrefix == null || surnamePrefix.isBlank() ? null : surnamePrefix.strip();
    surname = surname.strip();
  }

  public String displayName() {
    return surnamePrefix == null
        ? givenName + " " + surname
        : givenName + " " + surnamePrefix + " " + surname;
  }

  public String sortName() {
    String base = surname + ", " + givenName;
    return (surnamePrefix == null ? base : base + " " + surnamePrefix).toLowerCase(Locale.ROOT);
  }

  public String initials() {
    return (givenName.substring(0, 1) + surname.substring(0, 1)).toUpperCase(Locale.ROOT);
  }
}
