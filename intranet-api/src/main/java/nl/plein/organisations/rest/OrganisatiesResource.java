package nl.plein.organisations.rest;

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
import jakarta.ws.rs.core.UriInfo;
import nl.plein.common.api.Page;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.organisations.api.OrganisationSummary;
import nl.plein.platform.rest.Params;
import nl.plein.platform.rest.RestPaginering;

/** {@code /organisaties}: the organisations the caller may see, with departments and locations. */
@Path("/organisaties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisatiesResource {
  @EJB OrganisationService organisations;
  @Context UriInfo uri;

  @GET
  public RestOrganisatie.Lijst list(
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte,
      @QueryParam("inclusiefInactief") @DefaultValue("false") String inclusiefInactief) {
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    boolean inactive = params.bool("inclusiefInactief", inclusiefInactief);
    params.throwIfInvalid();
    Page<OrganisationSummary> result = organisations.listOrganisations(page.get(), inactive);
    return new RestOrganisatie.Lijst(
        result.items().stream().map(RestOrganisatie.Samenvatting::of).toList(),
        RestPaginering.of(result, uri));
  }

  @GET
  @Path("/{id}")
  public RestOrganisatie.Details get(@PathParam("id") String id) {
    return RestOrganisatie.Details.of(organisations.getOrganisation(Params.id(id)));
  }
}
