package nl.plein.people.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.plein.common.api.PleinException;
import nl.plein.people.api.Completeness;
import nl.plein.people.api.CompletenessService;
import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.PersonService;

/**
 * The caller's own profile, for the "My profile" link in the menu and the completeness widget on
 * the home page. An account without a profile (a pure administrator) simply has neither.
 */
@Named
@RequestScoped
public class OwnProfileBacking {
  private static final Logger LOG = Logger.getLogger(OwnProfileBacking.class.getName());
  /** The home page names only the most valuable steps. */
  static final int HOME_STEPS = 2;

  @Inject PersonService people;
  @Inject CompletenessService completenessService;

  private Optional<PersonProfile> profile;
  private Optional<Completeness> completeness;

  /** The own profile, or null. Never fails: the menu is on every page, error pages included. */
  public PersonProfile getProfile() {
    if (profile == null) {
      try {
        profile = Optional.of(people.getOwnProfile());
      } catch (PleinException e) {
        profile = Optional.empty(); // not found: this account has no profile
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Own profile unavailable", e);
        profile = Optional.empty();
      }
    }
    return profile.orElse(null);
  }

  public Completeness getCompleteness() {
    if (completeness == null) {
      completeness = Optional.empty();
      if (getProfile() != null) {
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
    return onProfile && getProfile() != null && getProfile().id().toString().equals(id) ? "page" : null;
  }
}
