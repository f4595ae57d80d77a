package nl.plein.people.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.plein.accounts.api.SessionUser;
import nl.plein.common.api.PleinException;
import nl.plein.people.api.Completeness;
import nl.plein.people.api.CompletenessService;
import nl.plein.platform.web.LayoutBacking;

/**
 * The caller's own profile, for the "My profile" link in the menu and the completeness widget on
 * the home page. The menu is on every page, so it uses the person id the layout already has for
 * the session user; it never loads the profile itself. An account without a profile (a pure
 * administrator) simply has neither link nor widget.
 */
@Named
@RequestScoped
public class OwnProfileBacking {
  private static final Logger LOG = Logger.getLogger(OwnProfileBacking.class.getName());
  /** The home page names only the most valuable steps. */
  static final int HOME_STEPS = 2;

  @Inject LayoutBacking layout;
  @Inject CompletenessService completenessService;

  private Optional<Completeness> completeness;

  /** The own person id, or null. Never fails: the menu is on every page, error pages included. */
  public UUID getPersonId() {
    SessionUser user = layout.getUser();
    return user == null ? null : user.personId();
  }

  public Completeness getCompleteness() {
    if (completeness == null) {
      completeness = Optional.empty();
      if (getPersonId() != null) {
        try {
          completeness = Optional.of(completenessService.getOwnCompleteness());
        } catch (PleinException | EJBException e) {
          LOG.log(Level.FINE, "Own completeness unavailable", e);
        }
      }
    }
    return completeness.orElse(null);
  }

  public List<Completeness.Step> getFirstSteps() {
    Completeness c = getCompleteness();
    return c == null ? List.of() : c.nextSteps().subList(0, Math.min(HOME_STEPS, c.nextSteps().size()));
  }

  /** For {@code aria-current} on the menu link: the own profile (or its edit page) is open. */
  public String getCurrent() {
    FacesContext context = FacesContext.getCurrentInstance();
    String viewId = context.getViewRoot().getViewId();
    String id = context.getExternalContext().getRequestParameterMap().get("id");
    boolean onProfile = viewId.equals("/people/person.xhtml") || viewId.equals("/people/edit.xhtml");
    return onProfile && getPersonId() != null && getPersonId().toString().equals(id) ? "page" : null;
  }
}
