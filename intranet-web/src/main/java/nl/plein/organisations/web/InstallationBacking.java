package nl.plein.organisations.web;

import nl.plein.platform.web.Uploads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.plein.common.api.ValidationException;
import nl.plein.organisations.api.InstallationService;
import nl.plein.organisations.api.InstallationSettings;
import nl.plein.organisations.api.Theme;
import nl.plein.organisations.api.UpdateInstallationSettingsRequest;
import nl.plein.platform.web.Feedback;

/** {@code /admin/installation.xhtml}: the installation's name, theme, colour, logo and visibility. */
@Named
@ViewScoped
public class InstallationBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The service's limit; checked here too, so that a huge file is not read into memory. */
  static final int MAX_LOGO_BYTES = 512 * 1024;

  @Inject InstallationService installation;
  @Inject Feedback feedback;

  private String name;
  private String theme;
  private String primaryColor;
  private boolean organisationsSeparated;
  private boolean hasLogo;
  /** The version the edit started from: saving over someone else's newer edit is refused. */
  private int version;
  /** An upload belongs to one request; a Part cannot move with the session to another node. */
  private transient Part logo;

  @PostConstruct
  void load() {
    InstallationSettings s = installation.getSettings();
    name = s.name();
    theme = s.theme();
    primaryColor = s.primaryColor();
    organisationsSeparated = s.organisationsSeparated();
    hasLogo = s.hasLogo();
    version = s.version();
  }

  public String save() {
    var request =
        new UpdateInstallationSettingsRequest(name, theme, primaryColor, organisationsSeparated, version);
    return feedback.attempt(() -> installation.updateSettings(request))
        ? feedback.reload("installation.saved")
        : null;
  }

  public String uploadLogo() {
    if (logo == null || logo.getSize() == 0) {
      feedback.report(ValidationException.of("logo", "error.field.required"));
      return null;
    }
    if (logo.getSize() > MAX_LOGO_BYTES) {
      feedback.report(ValidationException.of("logo", "error.logo.tooLarge"));
      return null;
    }
    byte[] content = Uploads.read(logo, MAX_LOGO_BYTES);
    return feedback.attempt(() -> installation.changeLogo(content))
        ? feedback.reload("installation.logoChanged")
        : null;
  }

  public String removeLogo() {
    return feedback.attempt(installation::removeLogo) ? feedback.reload("installation.logoRemoved") : null;
  }

  public List<String> getThemes() {
    return Arrays.stream(Theme.values()).map(Theme::code).toList();
  }


  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getPrimaryColor() {
    return primaryColor;
  }

  public void setPrimaryColor(String primaryColor) {
    this.primaryColor = primaryColor;
  }

  public boolean isOrganisationsSeparated() {
    return organisationsSeparated;
  }

  public void setOrganisationsSeparated(boolean organisationsSeparated) {
    this.organisationsSeparated = organisationsSeparated;
  }

  public boolean isHasLogo() {
    return hasLogo;
  }

  public int getVersion() {
    return version;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }
}
