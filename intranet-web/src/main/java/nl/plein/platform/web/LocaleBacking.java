package nl.plein.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages: Dutch or English. Until someone chooses, the browser's preference
 * decides (Dutch when it names neither). Kept in the session, which survives logging in.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final Locale DUTCH = Locale.forLanguageTag("nl");

  private Locale chosen;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
      return DUTCH; // without a browser preference the servlet container would give its own locale
    }
    return context.getApplication().getViewHandler().calculateLocale(context);
  }

  public boolean isEnglish() {
    return "en".equals(getLocale().getLanguage());
  }

  /** Switches to the other language and shows the same page again. */
  public String toggle() {
    chosen = isEnglish() ? DUTCH : Locale.ENGLISH;
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return viewId + "?faces-redirect=true&includeViewParams=true";
  }
}
