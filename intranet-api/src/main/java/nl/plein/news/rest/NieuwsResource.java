package nl.plein.news.rest;

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
import nl.plein.common.api.Page;
import nl.plein.news.api.NewsKind;
import nl.plein.news.api.NewsService;
import nl.plein.news.api.NewsSummary;
import nl.plein.platform.rest.Params;
import nl.plein.platform.rest.RestPaginering;

/**
 * {@code /nieuws}: published news and blogs, newest first: what reaches the token's person (or, for
 * a partner system, what it may read), or with {@code organisatie} or {@code afdeling} what reaches
 * the people there. An item the caller may not read does not exist. Reading through the API does not
 * count as a read by a person unless a personal token is used.
 */
@Path("/nieuws")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NieuwsResource {
  @EJB NewsService news;
  @Context UriInfo uri;

  @GET
  public RestNieuws.Lijst list(
      @QueryParam("soort") String soort,
      @QueryParam("organisatie") String organisatie,
      @QueryParam("afdeling") String afdeling,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    NewsKind kind = soort == null ? null : NewsKind.fromCode(soort).orElse(null);
    if (soort != null && kind == null) {
      params.invalid("soort", "error.api.newsKind");
    }
    UUID organisationId = params.optionalId("organisatie", organisatie);
    UUID departmentId = params.optionalId("afdeling", afdeling);
    params.throwIfInvalid();
    Page<NewsSummary> result = organisationId == null && departmentId == null
        ? news.listNews(kind, page.get())
        : news.listNewsFor(kind, organisationId, departmentId, page.get());
    return new RestNieuws.Lijst(result.items().stream().map(RestNieuws.Samenvatting::of).toList(),
        RestPaginering.of(result, uri));
  }

  @GET
  @Path("/{id}")
  public RestNieuws.Nieuwsbericht get(@PathParam("id") String id) {
    return RestNieuws.Nieuwsbericht.of(news.readNews(Params.id(id)));
  }

  /** The item's picture as JPEG, in the size asked for (klein, middel, groot). */
  @GET
  @Path("/{id}/afbeelding")
  @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
  public jakarta.ws.rs.core.Response picture(@PathParam("id") String id,
      @QueryParam("formaat") @DefaultValue("middel") String formaat, @Context jakarta.ws.rs.core.Request request) {
    UUID newsId = Params.id(id);
    nl.plein.people.api.PhotoSize size = nl.plein.people.api.PhotoSize.fromCode(formaat).orElseThrow(() ->
        nl.plein.common.api.ValidationException.of("formaat", "error.api.photoSize"));
    nl.plein.people.api.Photo photo = news.findImage(newsId, size)
        .orElseThrow(() -> new nl.plein.common.api.NotFoundException("error.photo.notFound"));
    return nl.plein.platform.rest.PhotoResponses.of(photo, "news-" + newsId + "-" + photo.version() + "-" + size.code(),
        request);
  }
}
