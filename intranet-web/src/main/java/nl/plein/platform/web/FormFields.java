package nl.plein.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

/**
 * EL functions for the form field tags ({@code WEB-INF/tags}): an input points to its description
 * and, when invalid, to its error message, so that a screen reader reads both with the field.
 */
public final class FormFields {
  private FormFields() {}

  public static String describedBy(UIComponent input, boolean hasDescription) {
    String clientId = input.getClientId(FacesContext.getCurrentInstance());
    StringBuilder ids = new StringBuilder();
    if (input instanceof UIInput field && !field.isValid()) {
      ids.append(clientId).append("-error");
    }
    if (hasDescription) {
      ids.append(ids.isEmpty() ? "" : " ").append(clientId).append("-description");
    }
    return ids.isEmpty() ? null : ids.toString();
  }
}
