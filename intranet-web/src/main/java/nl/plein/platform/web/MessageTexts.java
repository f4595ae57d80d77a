package nl.plein.platform.web;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.plein.common.api.PleinException;

/**
 * Texts from the two bundles the pages use: the services' error codes ({@code errors}, in the EJB
 * module) and the pages' own texts ({@code messages}). Never falls back to the server's default
 * locale: a server running in English must still answer a Dutch page in Dutch.
 */
public final class MessageTexts {
  static final String ERRORS = "nl.plein.common.api.errors";
  static final String UI = "nl.plein.web.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private MessageTexts() {}

  /**
   * The text of an error code. Codes come from the services (errors bundle) or, for the few checks
   * a page makes itself, from the pages' bundle. Error texts are always MessageFormat patterns.
   */
  public static String error(Locale locale, String code, List<? extends Serializable> arguments) {
    String pattern = find(errors(locale), code);
    if (pattern == null) {
      pattern = find(ui(locale), code);
    }
    return pattern == null ? code : new MessageFormat(pattern, locale).format(arguments.toArray());
  }

  /**
   * A text of the pages. As with {@code h:outputFormat}, only a text with arguments is a
   * MessageFormat pattern (so only there an apostrophe is written twice).
   */
  public static String ui(Locale locale, String key, Object... arguments) {
    String pattern = find(ui(locale), key);
    if (pattern == null) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private static ResourceBundle errors(Locale locale) {
    return ResourceBundle.getBundle(ERRORS, locale, PleinException.class.getClassLoader(), NO_FALLBACK);
  }

  private static ResourceBundle ui(Locale locale) {
    return ResourceBundle.getBundle(UI, locale, MessageTexts.class.getClassLoader(), NO_FALLBACK);
  }

  private static String find(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
