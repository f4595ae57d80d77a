package nl.plein.organisations.rest;

import java.util.List;
import java.util.UUID;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.LocationSummary;
import nl.plein.organisations.api.OrganisationDetails;
import nl.plein.organisations.api.OrganisationSummary;

/** Wire types of the organisaties resource (Dutch names, as the API speaks Dutch). */
public final class RestOrganisatie {
  private RestOrganisatie() {}

  public record Samenvatting(UUID id, String naam, String korteNaam, boolean actief) {
    static Samenvatting of(OrganisationSummary o) {
      return new Samenvatting(o.id(), o.name(), o.shortName(), o.active());
    }
  }

  public record Afdeling(UUID id, String naam, UUID bovenliggendeAfdelingId, boolean actief, int niveau) {
    static Afdeling of(DepartmentSummary d) {
      return new Afdeling(d.id(), d.name(), d.parentId(), d.active(), d.depth());
    }
  }

  public record Locatie(UUID id, String naam, String straat, String postcode, String plaats, boolean actief) {
    static Locatie of(LocationSummary l) {
      return new Locatie(l.id(), l.name(), l.street(), l.postalCode(), l.city(), l.active());
    }
  }

  public record Details(
      UUID id, String naam, String korteNaam, boolean actief, List<Afdeling> afdelingen, List<Locatie> locaties) {
    static Details of(OrganisationDetails o) {
      return new Details(
          o.id(),
          o.name(),
          o.shortName(),
          o.active(),
          o.departments().stream().map(Afdeling::of).toList(),
          o.locations().stream().map(Locatie::of).toList());
    }
  }

  public record Lijst(List<Samenvatting> organisaties, nl.plein.platform.rest.RestPaginering paginering) {}
}
