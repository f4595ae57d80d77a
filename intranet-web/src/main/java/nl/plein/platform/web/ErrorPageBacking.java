package nl.plein.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page for unexpected failures. The page shows a short reference instead of the
 * exception; the log holds the exception under the same reference for the service desk.
 */
@Named
@RequestScoped
public class ErrorPageBacking {
  private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());

  private String reference;

  public String getReference() {
    if (reference == null) {
      reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(
          Level.SEVERE,
          "Error page shown with reference " + reference + " for " + request().get(RequestDispatcher.ERROR_REQUEST_URI),
          failure());
    }
    return reference;
  }

  /**
   * The page was open so long that the server discarded its state (the container wraps the
   * exception, so web.xml cannot map it to a page of its own). Nothing is broken: reload.
   */
  public boolean isExpired() {
    for (Throwable t = failure(); t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable failure() {
    return request().get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
  }

  private static Map<String, Object> request() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }
}
