package nl.plein.organisations.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plein.organisations.api.InstallationService;
import nl.plein.organisations.api.InstallationSettings;

/** {@code /installatie}: the installation's name and whether organisations see each other. */
@Path("/installatie")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstallatieResource {
  @EJB InstallationService installation;

  public record Installatie(String naam, String thema, boolean organisatiesGescheiden) {}

  @GET
  public Installatie get() {
    InstallationSettings s = installation.getSettings();
    return new Installatie(s.name(), s.theme(), s.organisationsSeparated());
  }
}
