package nl.plein.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.plein.accounts.api.Roles;
import nl.plein.notifications.api.NotificationService;

/** The unread count beside "Notifications" in the page header: one indexed count per page. */
@Named
@RequestScoped
public class NotificationBadge {
  @Inject NotificationService notifications;

  private Long unread;

  public boolean isShown() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.EMPLOYEE);
  }

  public long getUnread() {
    if (unread == null) {
      unread = isShown() ? notifications.countUnread() : 0L;
    }
    return unread;
  }
}
