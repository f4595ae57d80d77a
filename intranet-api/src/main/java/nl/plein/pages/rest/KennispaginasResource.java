package nl.plein.pages.rest;

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
import java.util.UUID;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.ValidationException;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.PageSpace;
import nl.plein.platform.rest.Params;
import nl.plein.platform.rest.RestPaginering;

/**
 * {@code /kennispaginas}: the knowledge base as a tree, one level a request (the spaces, a space's
 * top pages, a page's subpages), a page, and its revisions. What the caller may not read does not
 * exist: a secret group's pages answer 404 to outsiders.
 */
@Path("/kennispaginas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KennispaginasResource {
  @EJB PageService pages;
  @Context UriInfo uri;

  /** The spaces (departments and groups) with pages the caller may read, by name. */
  @GET
  @Path("/ruimtes")
  public RestKennispagina.Ruimtes spaces(
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    params.throwIfInvalid();
    var result = pages.listSpaces(page.get());
    return new RestKennispagina.Ruimtes(result.items().stream().map(RestKennispagina.Ruimte::of).toList(),
        RestPaginering.of(result, uri));
  }

  /**
   * One level of the tree, by title: the top pages of a department or group, or the subpages of a
   * page ({@code bovenliggend}). Exactly one of the three is given.
   */
  @GET
  public RestKennispagina.Lijst level(
      @QueryParam("afdeling") String afdeling,
      @QueryParam("groep") String groep,
      @QueryParam("bovenliggend") String bovenliggend,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    UUID department = params.optionalId("afdeling", afdeling);
    UUID group = params.optionalId("groep", groep);
    UUID parent = params.optionalId("bovenliggend", bovenliggend);
    params.throwIfInvalid();
    int given = (department == null ? 0 : 1) + (group == null ? 0 : 1) + (parent == null ? 0 : 1);
    if (given != 1) {
      throw new ValidationException(java.util.List.of(FieldError.of("afdeling", "error.api.pageSpace"),
          FieldError.of("groep", "error.api.pageSpace"), FieldError.of("bovenliggend", "error.api.pageSpace")));
    }
    PageSpace.Kind kind = group != null ? PageSpace.Kind.GROUP : PageSpace.Kind.DEPARTMENT;
    var result = pages.listPages(kind, group != null ? group : department, parent, page.get());
    return new RestKennispagina.Lijst(result.items().stream().map(RestKennispagina.Samenvatting::of).toList(),
        RestPaginering.of(result, uri));
  }

  @GET
  @Path("/{id}")
  public RestKennispagina.Kennispagina get(@PathParam("id") String id) {
    return RestKennispagina.Kennispagina.of(pages.getPage(Params.id(id)));
  }

  /** The page's history, newest first. */
  @GET
  @Path("/{id}/versies")
  public RestKennispagina.Versies revisions(
      @PathParam("id") String id,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    UUID pageId = Params.id(id);
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    params.throwIfInvalid();
    var result = pages.listRevisions(pageId, page.get());
    return new RestKennispagina.Versies(result.items().stream().map(RestKennispagina.VersieSamenvatting::of).toList(),
        RestPaginering.of(result, uri));
  }

  @GET
  @Path("/{id}/versies/{nummer}")
  public RestKennispagina.Versie revision(@PathParam("id") String id, @PathParam("nummer") String nummer) {
    UUID pageId = Params.id(id);
    int number;
    try {
      number = Integer.parseInt(nummer.strip());
    } catch (NumberFormatException e) {
      throw ValidationException.of("nummer", "error.field.integer");
    }
    return RestKennispagina.Versie.of(pages.getRevision(pageId, number));
  }
}
