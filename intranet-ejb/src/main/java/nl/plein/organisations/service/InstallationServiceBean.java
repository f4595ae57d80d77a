package nl.plein.organisations.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.ConflictException;
import nl.plein.media.api.ImageType;
import nl.plein.common.api.ValidationException;
import nl.plein.common.api.Validator;
import nl.plein.organisations.api.InstallationService;
import nl.plein.organisations.api.InstallationSettings;
import nl.plein.organisations.api.Logo;
import nl.plein.organisations.api.Theme;
import nl.plein.organisations.api.UpdateInstallationSettingsRequest;
import nl.plein.organisations.domain.Installation;

@Stateless
public class InstallationServiceBean implements InstallationService {
  static final int MAX_LOGO_BYTES = 512 * 1024;

  @PersistenceContext EntityManager em;
  @Inject OrganisationAccessPolicy policy;

  @Override
  @PermitAll
  public InstallationSettings getSettings() {
    return toSettings(installation());
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public InstallationSettings updateSettings(UpdateInstallationSettingsRequest request) {
    policy.checkManageInstallation();
    String name = Validator.clean(request.name());
    String color = Validator.clean(request.primaryColor());
    Validator v =
        new Validator()
            .required("name", name)
            .maxLength("name", name, 80)
            .check(Theme.fromCode(request.theme()).isPresent(), "theme", "error.installation.theme")
            .color("primaryColor", color);
    if (!v.hasError("primaryColor") && color != null) {
      v.check(
          ColorContrast.ratio(color, "#ffffff") >= 4.5,
          "primaryColor",
          "error.installation.contrast",
          String.format(java.util.Locale.ROOT, "%.1f", ColorContrast.ratio(color, "#ffffff")));
    }
    v.throwIfInvalid();
    Installation installation = installation();
    if (installation.getVersion() != request.version()) {
      throw new ConflictException("error.staleEdit");
    }
    installation.changeSettings(
        name, request.theme(), color == null ? null : color.toLowerCase(java.util.Locale.ROOT),
        request.organisationsSeparated());
    em.flush();
    return toSettings(installation);
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void changeLogo(byte[] content) {
    policy.checkManageInstallation();
    if (content == null || content.length == 0) {
      throw ValidationException.of("logo", "error.field.required");
    }
    if (content.length > MAX_LOGO_BYTES) {
      throw ValidationException.of("logo", "error.logo.tooLarge");
    }
    String type =
        ImageType.detect(content).orElseThrow(() -> ValidationException.of("logo", "error.logo.type"));
    installation().changeLogo(content, type);
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void removeLogo() {
    policy.checkManageInstallation();
    installation().changeLogo(null, null);
  }

  @Override
  @PermitAll
  public Optional<Logo> findLogo() {
    Installation i = installation();
    return i.hasLogo()
        ? Optional.of(new Logo(i.getLogo(), i.getLogoContentType(), i.getUpdatedAt()))
        : Optional.empty();
  }

  private Installation installation() {
    Installation installation = em.find(Installation.class, Installation.ID);
    if (installation == null) {
      throw new IllegalStateException("The installation row is created at start-up");
    }
    return installation;
  }

  private static InstallationSettings toSettings(Installation i) {
    return new InstallationSettings(
        i.getName(),
        i.getTheme(),
        i.getPrimaryColor(),
        i.isOrganisationsSeparated(),
        i.hasLogo(),
        i.getUpdatedAt(),
        i.getVersion());
  }
}
