package nl.plein.people.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.people.api.DirectoryQuery;
import nl.plein.people.api.DirectoryResult;
import nl.plein.people.api.DirectoryService;
import nl.plein.people.api.PersonService;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.platform.rest.Params;
import nl.plein.platform.rest.RestPaginering;

/** {@code /personen}: the directory for partner systems, with the same visibility as the pages. */
@Path("/personen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonenResource {
  @EJB DirectoryService directory;
  @EJB PersonService people;
  @Context UriInfo uri;

  @GET
  public RestPersoon.Lijst search(
      @QueryParam("q") String q,
      @QueryParam("organisatie") String organisatie,
      @QueryParam("afdeling") String afdeling,
      @QueryParam("locatie") String locatie,
      @QueryParam("expertise") String expertise,
      @QueryParam("sortering") @DefaultValue("relevantie") String sortering,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    UUID organisationId = params.optionalId("organisatie", organisatie);
    UUID departmentId = params.optionalId("afdeling", afdeling);
    UUID locationId = params.optionalId("locatie", locatie);
    DirectoryQuery.Sort sort = switch (sortering) {
      case "relevantie" -> DirectoryQuery.Sort.RELEVANCE;
      case "naam" -> DirectoryQuery.Sort.NAME;
      default -> {
        params.invalid("sortering", "error.api.sort");
        yield null;
      }
    };
    params.throwIfInvalid();
    DirectoryResult result = directory.search(
        new DirectoryQuery(q, organisationId, departmentId, locationId, expertise, sort, page.get()));
    return new RestPersoon.Lijst(
        result.hits().items().stream().map(RestPersoon.Samenvatting::of).toList(),
        RestPaginering.of(result.hits(), uri),
        new RestPersoon.Facetten(
            RestPersoon.Facetwaarde.of(result.organisations()),
            RestPersoon.Facetwaarde.of(result.departments()),
            RestPersoon.Facetwaarde.of(result.locations()),
            RestPersoon.Facetwaarde.of(result.expertise())));
  }

  @GET
  @Path("/mij")
  public RestPersoon.Persoon own() {
    return RestPersoon.Persoon.of(people.getOwnProfile());
  }

  @GET
  @Path("/{id}")
  public RestPersoon.Persoon get(@PathParam("id") String id) {
    return RestPersoon.Persoon.of(people.getProfile(Params.id(id)));
  }

  @GET
  @Path("/{id}/foto")
  @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
  public Response photo(@PathParam("id") String id, @QueryParam("formaat") @DefaultValue("middel") String formaat,
      @Context Request request) {
    UUID personId = Params.id(id);
    PhotoSize size = PhotoSize.fromCode(formaat).orElseThrow(() ->
        new ValidationException(List.of(FieldError.of("formaat", "error.api.photoSize"))));
    Photo photo = people.findPhoto(personId, size)
        .orElseThrow(() -> new NotFoundException("error.person.noPhoto"));
    return nl.plein.platform.rest.PhotoResponses.of(photo, personId + "-" + photo.version() + "-" + size.code(), request);
  }
}
