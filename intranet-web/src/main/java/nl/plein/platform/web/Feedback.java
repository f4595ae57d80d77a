package nl.plein.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.PleinException;
import nl.plein.common.api.ValidationException;

/**
 * What a page tells the person after an action: the one place that turns a refused use case into
 * localized messages. A field error goes next to the input whose id is the field's name (in the
 * form that was submitted); the summary goes to the top of the page. Nothing shows a stack trace.
 */
@Named
@ApplicationScoped
public class Feedback {
  private static final Pattern COMPONENT_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** Runs one service call; on refusal shows why and answers false. */
  public boolean attempt(Runnable action) {
    return attemptAndGet(
            () -> {
              action.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  /** Runs one service call and hands back its result; empty (with messages shown) on refusal. */
  public <T> Optional<T> attemptAndGet(Supplier<T> action) {
    try {
      return Optional.of(action.get());
    } catch (PleinException e) {
      report(e);
    } catch (EJBAccessException e) {
      // @RolesAllowed refused the call: the page offered something this person may not do.
      global(FacesMessage.SEVERITY_ERROR, MessageTexts.error(locale(), "error.forbidden", List.of()));
      status(403);
    }
    return Optional.empty();
  }

  public void report(PleinException e) {
    FacesContext context = FacesContext.getCurrentInstance();
    global(FacesMessage.SEVERITY_ERROR, MessageTexts.error(locale(), e.code(), e.arguments()));
    if (e instanceof ValidationException invalid) {
      Optional<UIForm> form = submittedForm(context);
      for (FieldError error : invalid.fieldErrors()) {
        String text = MessageTexts.error(locale(), error.code(), error.arguments());
        Optional<UIInput> input = form.flatMap(f -> input(f, error.field()));
        if (input.isPresent()) {
          input.get().setValid(false);
          // Shows what the person typed, not what the model holds: nothing typed is lost.
          String typed = context.getExternalContext().getRequestParameterMap().get(input.get().getClientId(context));
          if (typed != null) {
            input.get().setSubmittedValue(typed);
          }
          context.addMessage(input.get().getClientId(context), message(FacesMessage.SEVERITY_ERROR, text));
        } else {
          global(FacesMessage.SEVERITY_ERROR, text);
        }
      }
      context.validationFailed();
    }
    switch (e.kind()) {
      case NOT_FOUND -> status(404);
      case FORBIDDEN -> status(403);
      default -> {}
    }
  }

  /** A text of the pages' own bundle in the page's language, for texts a bean composes. */
  public String text(String key, Object... arguments) {
    return MessageTexts.ui(locale(), key, arguments);
  }

  /** A message of the pages' own bundle at the top of the page. */
  public void info(String key, Object... arguments) {
    global(FacesMessage.SEVERITY_INFO, MessageTexts.ui(locale(), key, arguments));
  }

  public void error(String key, Object... arguments) {
    global(FacesMessage.SEVERITY_ERROR, MessageTexts.ui(locale(), key, arguments));
  }

  /**
   * Shows the message on a fresh GET of the same page (post-redirect-get), so that reloading does
   * not repeat the action and the address keeps its parameters.
   */
  public String reload(String key, Object... arguments) {
    keepInfo(key, arguments);
    return reload();
  }

  /** The same page afresh, without a message (after an action whose result the page shows). */
  public String reload() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  /** As {@link #reload}, to another page; {@code viewId} may carry a query string. */
  public String redirect(String viewId, String key, Object... arguments) {
    keepInfo(key, arguments);
    return viewId + (viewId.contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  private void keepInfo(String key, Object... arguments) {
    info(key, arguments);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** The page-wide messages, for the alerts at the top of every page. */
  public List<Alert> getAlerts() {
    return FacesContext.getCurrentInstance().getMessageList(null).stream()
        .map(
            m -> {
              m.rendered();
              return Alert.of(m);
            })
        .toList();
  }

  /** One alert: NL Design System type ({@code error}, {@code info}, ...) and ARIA role. */
  public record Alert(String type, String role, String text) {
    static Alert of(FacesMessage m) {
      int severity = m.getSeverity().getOrdinal();
      if (severity >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
        return new Alert("error", "alert", m.getSummary());
      }
      if (severity == FacesMessage.SEVERITY_WARN.getOrdinal()) {
        return new Alert("warning", "alert", m.getSummary());
      }
      return new Alert("ok", "status", m.getSummary());
    }
  }

  private static Optional<UIForm> submittedForm(FacesContext context) {
    UIForm[] found = new UIForm[1];
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
            (visit, component) -> {
              if (component instanceof UIForm form && form.isSubmitted()) {
                found[0] = form;
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    return Optional.ofNullable(found[0]);
  }

  /** By convention an input has the id of the request field it fills. */
  private static Optional<UIInput> input(UIForm form, String field) {
    if (field == null || !COMPONENT_ID.matcher(field).matches()) {
      return Optional.empty();
    }
    UIComponent component = form.findComponent(field);
    return component instanceof UIInput input ? Optional.of(input) : Optional.empty();
  }

  private static void global(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, message(severity, text));
  }

  private static FacesMessage message(FacesMessage.Severity severity, String text) {
    return new FacesMessage(severity, text, text);
  }

  private static void status(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    // Only a page that is being opened answers with the status; a refused form is still a page.
    if (!context.isPostback() && !context.getExternalContext().isResponseCommitted()) {
      context.getExternalContext().setResponseStatus(status);
    }
  }

  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getViewRoot() != null
        ? context.getViewRoot().getLocale()
        : context.getApplication().getViewHandler().calculateLocale(context);
  }
}
