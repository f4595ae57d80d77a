package nl.plein.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.notifications.api.NotificationService;
import nl.plein.notifications.api.NotificationView;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /notifications/?page=}: the caller's notifications, newest first; and {@code
 * /notifications/open?id=}, which marks one read and goes where it leads.
 */
@Named
@RequestScoped
public class NotificationsBacking {
  @Inject NotificationService notifications;
  @Inject Feedback feedback;

  private String page;
  private String id;
  private Page<NotificationView> result;

  /** View action of the list. */
  public void load() {
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> notifications.listOwn(request)).orElse(null);
  }

  /** View action of {@code open}: an unknown id or another person's shows "not found". */
  public String open() {
    Optional<UUID> notificationId = Ids.parse(id);
    if (notificationId.isEmpty()) {
      feedback.report(new NotFoundException("error.notification.notFound"));
      return null;
    }
    return feedback.attemptAndGet(() -> notifications.markRead(notificationId.get()))
        .map(n -> NotificationTexts.target(n) + (NotificationTexts.target(n).contains("?") ? "&" : "?")
            + "faces-redirect=true")
        .orElse(null);
  }

  public String markAllRead() {
    return feedback.attemptAndGet(notifications::markAllRead)
        .map(count -> feedback.reload("notifications.allRead", count))
        .orElse(null);
  }

  public String sentence(NotificationView n) {
    return NotificationTexts.sentence(n, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public Page<NotificationView> getResult() {
    return result;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
