package nl.plein.timeline.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityPart;
import nl.plein.media.api.UploadedFile;
import nl.plein.platform.rest.JsonbResolver;
import jakarta.ws.rs.core.Request;
import java.util.List;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.ValidationException;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.timeline.api.AttachmentFile;
import nl.plein.platform.rest.Params;
import nl.plein.platform.rest.RestPaginering;
import nl.plein.timeline.api.CommentView;
import nl.plein.timeline.api.PostRequest;
import nl.plein.timeline.api.TimelinePage;
import nl.plein.timeline.api.TimelineService;

/**
 * {@code /berichten}: posts, the timelines that show them, their comments and likes. A post the
 * caller may not read (a secret group's, a closed group's for outsiders) answers 404. Writing acts
 * for the person of a personal token with the write scope.
 */
@Path("/berichten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BerichtenResource {
  @EJB TimelineService timeline;
  @Context UriInfo uri;

  /** A group's, a person's or a hashtag's timeline: exactly one of the three. */
  @GET
  public RestBericht.Lijst list(
      @QueryParam("groep") String groep,
      @QueryParam("auteur") String auteur,
      @QueryParam("hashtag") String hashtag,
      @QueryParam("voor") String voor) {
    Params params = new Params();
    UUID groupId = params.optionalId("groep", groep);
    UUID authorId = params.optionalId("auteur", auteur);
    boolean byGroup = given(groep);
    boolean byAuthor = given(auteur);
    boolean byTag = given(hashtag);
    int sources = (byGroup ? 1 : 0) + (byAuthor ? 1 : 0) + (byTag ? 1 : 0);
    if (sources != 1) {
      // None: all three are candidates; several: each one given is in the way of the others.
      if (sources == 0 || byGroup) {
        params.invalid("groep", "error.api.postSource");
      }
      if (sources == 0 || byAuthor) {
        params.invalid("auteur", "error.api.postSource");
      }
      if (sources == 0 || byTag) {
        params.invalid("hashtag", "error.api.postSource");
      }
    }
    params.throwIfInvalid();
    TimelinePage page;
    if (byGroup) {
      page = timeline.listGroupTimeline(groupId, voor);
    } else if (byAuthor) {
      page = timeline.listProfileTimeline(authorId, voor);
    } else {
      page = timeline.listHashtagTimeline(hashtag, voor);
    }
    return RestBericht.Lijst.of(page, uri);
  }

  /** The timeline of the person a personal token acts for. */
  @GET
  @Path("/tijdlijn")
  public RestBericht.Lijst ownTimeline(@QueryParam("voor") String voor) {
    return RestBericht.Lijst.of(timeline.listOwnTimeline(voor), uri);
  }

  /** Posts as the person a personal token acts for, on their own timeline or in a group. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(RestBericht.NieuwBericht body) {
    PostRequest request = body == null
        ? new PostRequest(null, null, null)
        : new PostRequest(body.tekst(), body.groep(), body.vermeldingen());
    UUID postId = timeline.publish(request);
    return Response.created(uri.getBaseUriBuilder().path("berichten").path(postId.toString()).build()).build();
  }

  /**
   * Posts with photos and documents: a multipart form with the part {@code bericht} (the JSON of
   * a new post), up to four parts {@code foto} (JPEG, PNG or WebP) and up to four parts
   * {@code bijlage} (PDF, Office, OpenDocument, text or CSV, with their file names).
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response publishWithFiles(List<EntityPart> parts) throws java.io.IOException {
    RestBericht.NieuwBericht body = null;
    boolean bodyGiven = false;
    List<byte[]> photos = new java.util.ArrayList<>();
    List<UploadedFile> documents = new java.util.ArrayList<>();
    Params params = new Params();
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      switch (part.getName()) {
        case "bericht" -> {
          bodyGiven = true;
          try {
            body = JsonbResolver.jsonb().fromJson(part.getContent(String.class), RestBericht.NieuwBericht.class);
          } catch (jakarta.json.bind.JsonbException e) {
            body = null;
          }
          if (body == null) { // not JSON, or the JSON null
            params.invalid("bericht", "error.api.unreadableBody");
          }
        }
        case "foto" -> photos.add(read(part));
        case "bijlage" -> documents.add(new UploadedFile(part.getFileName().orElse(null), read(part)));
        default -> params.invalid(part.getName(), "error.api.unknownPart");
      }
    }
    if (!bodyGiven) {
      params.invalid("bericht", "error.field.required");
    }
    params.throwIfInvalid();
    UUID postId = timeline.publish(new PostRequest(body.tekst(), body.groep(), body.vermeldingen(), photos, false,
        documents));
    return Response.created(uri.getBaseUriBuilder().path("berichten").path(postId.toString()).build()).build();
  }

  /**
   * A part's bytes, at most one over the largest photo or document the installation allows, so
   * that the service can say it is too large (and never stores a cut-off file).
   */
  private static byte[] read(EntityPart part) throws java.io.IOException {
    long max = Math.max(nl.plein.media.api.UploadLimits.photoBytes(), nl.plein.media.api.UploadLimits.attachmentBytes());
    try (java.io.InputStream in = part.getContent()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    }
  }

  @GET
  @Path("/{id}")
  public RestBericht.Bericht get(@PathParam("id") String id) {
    return RestBericht.Bericht.of(timeline.getPost(Params.id(id)));
  }

  /** Comments oldest first, each followed by its replies. */
  @GET
  @Path("/{id}/reacties")
  public RestBericht.Reacties comments(
      @PathParam("id") String id,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    UUID postId = Params.id(id);
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    params.throwIfInvalid();
    Page<CommentView> result = timeline.listComments(postId, page.get());
    return new RestBericht.Reacties(result.items().stream().map(RestBericht.Reactie::of).toList(),
        RestPaginering.of(result, uri));
  }

  /** A comment, or with {@code reactieOp} a reply to one. */
  @POST
  @Path("/{id}/reacties")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(@PathParam("id") String id, RestBericht.NieuweReactie body) {
    UUID postId = Params.id(id);
    UUID commentId = timeline.comment(postId, body == null ? null : body.reactieOp(), body == null ? null : body.tekst());
    return Response.created(uri.getBaseUriBuilder().path("berichten").path(postId.toString())
        .path("reacties").path(commentId.toString()).build()).build();
  }

  /** Who liked the post, most recently first. */
  @GET
  @Path("/{id}/waarderingen")
  public RestBericht.Waarderingen likers(
      @PathParam("id") String id,
      @QueryParam("pagina") @DefaultValue("1") String pagina,
      @QueryParam("paginaGrootte") @DefaultValue("20") String paginaGrootte) {
    UUID postId = Params.id(id);
    Params params = new Params();
    var page = params.page(pagina, paginaGrootte);
    params.throwIfInvalid();
    Page<nl.plein.timeline.api.Liker> result = timeline.listLikers(postId, page.get());
    return new RestBericht.Waarderingen(result.items().stream().map(RestBericht.Waardering::of).toList(),
        RestPaginering.of(result, uri));
  }

  /** A photo of the post as JPEG, in the size asked for (klein, middel, groot). */
  @GET
  @Path("/{id}/fotos/{fotoId}")
  @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
  public Response photo(@PathParam("id") String id, @PathParam("fotoId") String fotoId,
      @QueryParam("formaat") @DefaultValue("middel") String formaat, @Context Request request) {
    UUID postId = Params.id(id);
    UUID photoId = Params.id(fotoId);
    PhotoSize size = PhotoSize.fromCode(formaat).orElseThrow(() ->
        new ValidationException(List.of(FieldError.of("formaat", "error.api.photoSize"))));
    Photo photo = timeline.findPhoto(postId, photoId, size)
        .orElseThrow(() -> new NotFoundException("error.photo.notFound"));
    return nl.plein.platform.rest.PhotoResponses.of(photo, photoId + "-" + photo.version() + "-" + size.code(), request);
  }

  /** A document attached to the post, as a download with its own media type. */
  @GET
  @Path("/{id}/bijlagen/{bijlageId}")
  @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
  public Response attachment(@PathParam("id") String id, @PathParam("bijlageId") String bijlageId) {
    UUID postId = Params.id(id);
    UUID attachmentId = Params.id(bijlageId);
    AttachmentFile file = timeline.findAttachment(postId, attachmentId)
        .orElseThrow(() -> new NotFoundException("error.attachment.notFound"));
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoStore(true);
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", nl.plein.media.api.ContentDisposition.attachment(file.name()))
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(cache).build();
  }

  /** Likes the post; liking twice is a conflict. */
  @POST
  @Path("/{id}/waarderingen")
  public Response like(@PathParam("id") String id) {
    timeline.like(Params.id(id));
    return Response.noContent().build();
  }

  /** Takes the caller's like back; without one, nothing changes. */
  @DELETE
  @Path("/{id}/waarderingen")
  public Response unlike(@PathParam("id") String id) {
    timeline.unlike(Params.id(id));
    return Response.noContent().build();
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
