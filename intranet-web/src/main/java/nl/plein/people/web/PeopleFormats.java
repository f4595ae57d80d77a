package nl.plein.people.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the people pages write phone links, working days and short lists, in the page's language. */
@Named
@ApplicationScoped
public class PeopleFormats {

  /** A {@code tel:} address: "+31 (0)6-1234 5678" becomes "tel:+31612345678". */
  public String tel(String phone) {
    return telHref(phone);
  }

  /** The expert finder for one tag (without the context path). */
  public String expertsHref(String tag) {
    return "/people/experts?q=" + URLEncoder.encode(tag == null ? "" : tag, StandardCharsets.UTF_8);
  }

  /** The working days in week order, e.g. "maandag, dinsdag, donderdag". */
  public String days(Collection<DayOfWeek> days) {
    return dayNames(days, locale());
  }

  /** A day's name as a checkbox label: "Maandag". */
  public String dayLabel(DayOfWeek day) {
    String name = day.getDisplayName(TextStyle.FULL, locale());
    return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
  }

  /** The first {@code max} items (a card shows a few expertise tags, not all). */
  public List<?> first(List<?> items, int max) {
    return items == null ? List.of() : items.subList(0, Math.min(max, items.size()));
  }

  static String telHref(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replace("(0)", "").replaceAll("[^0-9+]", "");
    String number = digits.startsWith("+") ? "+" + digits.substring(1).replace("+", "") : digits.replace("+", "");
    return "tel:" + number;
  }

  static String dayNames(Collection<DayOfWeek> days, Locale locale) {
    if (days == null) {
      return "";
    }
    return days.stream()
        .sorted()
        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
        .collect(Collectors.joining(", "));
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.forLanguageTag("nl");
  }
}
