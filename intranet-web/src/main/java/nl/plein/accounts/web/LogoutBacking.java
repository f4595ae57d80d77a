package nl.plein.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The logout button in the page header. The confirmation travels as a URL parameter rather than in
 * the flash: the flash needs the session that was just thrown away.
 */
@Named
@RequestScoped
public class LogoutBacking {
  public void logout() throws ServletException, IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login?loggedOut=true");
  }
}
