package nl.plein.organisations.api;

import jakarta.ejb.Local;
import java.util.Optional;

@Local
public interface InstallationService {
  /** Public: the login page shows the installation's name and logo. */
  InstallationSettings getSettings();

  InstallationSettings updateSettings(UpdateInstallationSettingsRequest request);

  void changeLogo(byte[] content);

  void removeLogo();

  Optional<Logo> findLogo();
}
