package nl.plein.groups.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.groups.api.GroupMemberView;
import nl.plein.groups.api.GroupMembershipService;
import nl.plein.groups.api.GroupQuery;
import nl.plein.groups.api.GroupService;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.api.JoinRequestView;
import nl.plein.platform.rest.Params;
import nl.plein.platform.rest.RestPaginering;

/**
 * {@code /groepen}: the group directory, a group, its members, and requests to join. Secret groups
 * exist only for their members: for everyone else every address answers 404.
 */
@Path("/groepen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GroepenResource {
  @EJB GroupService groups;
  @EJB GroupMembershipService membership;
  @Context UriInfo uri;

  @GET
  public RestGroep.Lijst search(
      @QueryParam("q") String q,
      @QueryParam("organisatie") String organisatie,
      @QueryParam("zichtbaarheid") String zichtbaarheid,
      @QueryParam("status") String status,
      @QueryParam("mijn") @DefaultValue("false") String mijn,
      @QueryParam("sortering") @DefaultValue("relevantie") String sortering,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    UUID organisationId = params.optionalId("organisatie", organisatie);
    GroupVisibility visibility = zichtbaarheid == null ? null : GroupVisibility.fromCode(zichtbaarheid).orElse(null);
    if (zichtbaarheid != null && visibility == null) {
      params.invalid("zichtbaarheid", "error.api.groupVisibility");
    }
    GroupStatus groupStatus = status == null ? null : GroupStatus.fromCode(status).orElse(null);
    if (status != null && groupStatus == null) {
      params.invalid("status", "error.api.groupStatus");
    }
    boolean mine = params.bool("mijn", mijn);
    GroupQuery.Sort sort = switch (sortering) {
      case "relevantie" -> GroupQuery.Sort.RELEVANCE;
      case "naam" -> GroupQuery.Sort.NAME;
      case "leden" -> GroupQuery.Sort.MEMBERS;
      case "activiteit" -> GroupQuery.Sort.ACTIVITY;
      default -> {
        params.invalid("sortering", "error.api.groupSort");
        yield null;
      }
    };
    params.throwIfInvalid();
    var result = groups.search(new GroupQuery(q, organisationId, visibility, groupStatus, mine, sort, page.get()));
    return new RestGroep.Lijst(result.items().stream().map(RestGroep.Samenvatting::of).toList(),
        RestPaginering.of(result, uri));
  }

  /** The duplicate warning: existing groups that look like the one about to be created. */
  @GET
  @Path("/gelijkend")
  public RestGroep.Gelijkend similar(@QueryParam("naam") String naam, @QueryParam("omschrijving") String omschrijving) {
    return new RestGroep.Gelijkend(groups.findSimilar(naam, omschrijving).stream()
        .map(s -> new RestGroep.GelijkendeGroep(RestGroep.Samenvatting.of(s.group()),
            s.reason() == nl.plein.groups.api.SimilarGroup.Reason.NAME ? "naam" : "omschrijving"))
        .toList());
  }

  @GET
  @Path("/{id}")
  public RestGroep.Groep get(@PathParam("id") String id) {
    return RestGroep.Groep.of(groups.getGroup(Params.id(id)));
  }

  @GET
  @Path("/{id}/leden")
  public RestGroep.Leden members(
      @PathParam("id") String id,
      @QueryParam("q") String q,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    UUID groupId = Params.id(id);
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    params.throwIfInvalid();
    Page<GroupMemberView> result = membership.listMembers(groupId, q, page.get());
    return new RestGroep.Leden(result.items().stream().map(RestGroep.Lid::of).toList(), RestPaginering.of(result, uri));
  }

  @GET
  @Path("/{id}/lidmaatschapsverzoeken")
  public RestGroep.Verzoeken requests(
      @PathParam("id") String id,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    UUID groupId = Params.id(id);
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    params.throwIfInvalid();
    Page<JoinRequestView> result = membership.listJoinRequests(groupId, page.get());
    return new RestGroep.Verzoeken(result.items().stream().map(RestGroep.Lidmaatschapsverzoek::of).toList(),
        RestPaginering.of(result, uri));
  }

  /** Asks to join a closed group, as the person a personal token acts for. */
  @POST
  @Path("/{id}/lidmaatschapsverzoeken")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response requestToJoin(@PathParam("id") String id, RestGroep.NieuwVerzoek body) {
    UUID groupId = Params.id(id);
    UUID requestId = membership.requestToJoin(groupId, body == null ? null : body.toelichting());
    return Response.created(uri.getBaseUriBuilder().path("groepen").path(groupId.toString())
        .path("lidmaatschapsverzoeken").path(requestId.toString()).build()).build();
  }

  /** An administrator's decision: {@code goedgekeurd} or {@code afgewezen}. */
  @POST
  @Path("/{id}/lidmaatschapsverzoeken/{verzoekId}/besluit")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(@PathParam("id") String id, @PathParam("verzoekId") String verzoekId, RestGroep.Besluit body) {
    UUID groupId = Params.id(id);
    UUID requestId = Params.id(verzoekId);
    String decision = body == null ? null : body.besluit();
    if (!"goedgekeurd".equals(decision) && !"afgewezen".equals(decision)) {
      throw nl.plein.common.api.ValidationException.of("besluit", "error.api.decision");
    }
    membership.decide(groupId, requestId, "goedgekeurd".equals(decision), body.toelichting());
    return Response.noContent().build();
  }
}
