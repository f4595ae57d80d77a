package nl.plein.platform.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.plein.accounts.api.Roles;
import nl.plein.accounts.api.SessionUser;
import nl.plein.accounts.api.SessionUserService;
import nl.plein.organisations.api.InstallationService;
import nl.plein.organisations.api.InstallationSettings;
import nl.plein.organisations.api.Theme;

/** What the page template shows on every page: the installation's branding and who is logged in. */
@Named
@RequestScoped
public class LayoutBacking {
  private static final Logger LOG = Logger.getLogger(LayoutBacking.class.getName());
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  /** Shown when the settings cannot be read, so that even the error page still renders. */
  static final InstallationSettings FALLBACK =
      new InstallationSettings("Plein", Theme.PLEIN.code(), null, false, false, null, 0);

  @Inject InstallationService installation;
  @Inject SessionUserService sessionUsers;

  private InstallationSettings settings;
  private Optional<SessionUser> user;

  public InstallationSettings getSettings() {
    if (settings == null) {
      try {
        settings = installation.getSettings();
      } catch (EJBException e) {
        // The database is unreachable: the error page about it must not fail in turn.
        LOG.log(Level.WARNING, "Installation settings unavailable; rendering with defaults", e);
        settings = FALLBACK;
      }
    }
    return settings;
  }

  public String getName() {
    return getSettings().name();
  }

  private Theme theme() {
    return Theme.fromCode(getSettings().theme()).orElse(Theme.PLEIN);
  }

  /** CSS classes of the body: the theme's class, and the primary colour override if set. */
  public String getThemeClass() {
    String themeClass =
        switch (theme()) {
          case PLEIN -> "plein-theme";
          case VOORBEELD -> "voorbeeld-theme";
          case CUSTOM -> "plein-theme custom-theme";
        };
    return getPrimaryColor() == null ? themeClass : themeClass + " plein-primary-color";
  }

  /** The theme's stylesheets; the custom theme builds on Plein's so that it may set only a few tokens. */
  public List<String> getThemeStylesheets() {
    return switch (theme()) {
      case PLEIN -> List.of("/resources/css/plein-theme.css");
      case VOORBEELD -> List.of("/resources/nlds/voorbeeld/theme.css");
      case CUSTOM -> List.of("/resources/css/plein-theme.css", "/theme/custom.css");
    };
  }

  /** The primary colour as #rrggbb, or null. Checked again here because it is written into CSS. */
  public String getPrimaryColor() {
    String color = getSettings().primaryColor();
    return color != null && COLOR.matcher(color).matches() ? color : null;
  }

  /** The logo's address with a version, so that browsers may cache it; null without a logo. */
  public String getLogoUrl() {
    InstallationSettings s = getSettings();
    if (!s.hasLogo()) {
      return null;
    }
    long version = s.updatedAt() == null ? s.version() : s.updatedAt().toEpochMilli();
    return "/logo?v=" + version;
  }

  public SessionUser getUser() {
    if (user == null) {
      try {
        user = sessionUsers.findSessionUser();
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Session user unavailable", e);
        user = Optional.empty();
      }
    }
    return user.orElse(null);
  }

  /** Logged in as far as the container knows; the header then always offers a logout. */
  public boolean isLoggedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  public String getDisplayName() {
    SessionUser u = getUser();
    if (u != null) {
      return u.displayName();
    }
    var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  /** Whether to show the administration; the services check every action themselves. */
  public boolean isAdmin() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.FUNCTIONAL_ADMIN);
  }

  /** Installation-wide administrators also manage settings, organisations and global tokens. */
  public boolean isInstallationAdmin() {
    SessionUser u = getUser();
    return u != null && u.installationAdmin();
  }

  /** For {@code aria-current}: "page" when the current page lies under {@code path}, else null. */
  public String current(String path) {
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    boolean current = "/".equals(path) ? "/index.xhtml".equals(viewId) : viewId.startsWith(path);
    return current ? "page" : null;
  }
}
