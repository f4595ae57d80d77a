package nl.plein.people.rest;


import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.plein.people.api.FacetValue;
import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.PersonSummary;
import nl.plein.platform.rest.RestPaginering;
import nl.plein.platform.rest.Verwijzing;

/** Wire types of the personen resource. */
public final class RestPersoon {
  private RestPersoon() {}


  public record Samenvatting(
      UUID id, String naam, String initialen, String functie, Verwijzing organisatie, Verwijzing afdeling,
      String locatie, String telefoon, String email, List<String> expertise, boolean heeftFoto) {
    static Samenvatting of(PersonSummary p) {
      return new Samenvatting(p.id(), p.displayName(), p.initials(), p.functionTitle(),
          new Verwijzing(p.organisationId(), p.organisationName()),
          p.departmentId() == null ? null : new Verwijzing(p.departmentId(), p.departmentName()),
          p.locationName(), p.phone(), p.email(), p.expertise(), p.hasPhoto());
    }
  }

  public record Persoon(
      UUID id, String naam, String voornaam, String tussenvoegsel, String achternaam, String initialen,
      String functie, Verwijzing organisatie, Verwijzing afdeling, Verwijzing locatie, Verwijzing leidinggevende,
      String telefoon, String mobiel, String email, List<String> werkdagen, List<String> expertise,
      String ervaring, String interesses, String talen, String bio, boolean heeftFoto) {
    static Persoon of(PersonProfile p) {
      return new Persoon(p.id(), p.displayName(), p.givenName(), p.surnamePrefix(), p.surname(), p.initials(),
          p.functionTitle(), new Verwijzing(p.organisationId(), p.organisationName()),
          p.departmentId() == null ? null : new Verwijzing(p.departmentId(), p.departmentName()),
          p.locationId() == null ? null : new Verwijzing(p.locationId(), p.locationName()),
          p.manager() == null ? null : new Verwijzing(p.manager().id(), p.manager().displayName()),
          p.phone(), p.mobilePhone(), p.email(),
          p.workingDays() == null ? null
              : p.workingDays().stream().sorted().map(d -> d.name().toLowerCase(Locale.ROOT)).toList(),
          p.expertise(), p.experience(), p.interests(), p.languages(), p.bio(), p.hasPhoto());
    }
  }

  public record Facetwaarde(String id, String naam, long aantal) {
    static List<Facetwaarde> of(List<FacetValue> values) {
      return values.stream().map(v -> new Facetwaarde(v.key(), v.label(), v.count())).toList();
    }
  }

  public record Facetten(
      List<Facetwaarde> organisaties, List<Facetwaarde> afdelingen, List<Facetwaarde> locaties,
      List<Facetwaarde> expertise) {}

  public record Lijst(List<Samenvatting> personen, RestPaginering paginering, Facetten facetten) {}

}
