package nl.plein.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.plein.common.api.PleinException;

/** Error texts from the shared errors bundle: Dutch, or English when the client asks for it. */
public final class ApiMessages {
  static final String BUNDLE = "nl.plein.common.api.errors";

  private ApiMessages() {}

  public static Locale locale(HttpHeaders headers) {
    if (headers != null) {
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("en".equals(l.getLanguage())) {
          return Locale.ENGLISH;
        }
        if ("nl".equals(l.getLanguage())) {
          return Locale.forLanguageTag("nl");
        }
      }
    }
    return Locale.forLanguageTag("nl");
  }

  public static String text(Locale locale, String key, List<? extends Serializable> args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, PleinException.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    try {
      String pattern = bundle.getString(key);
      return new MessageFormat(pattern, locale).format(args.toArray());
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static String text(Locale locale, String key) {
    return text(locale, key, List.of());
  }
}
