package nl.plein.timeline.rest;

import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.plein.people.api.PersonRef;
import nl.plein.platform.rest.RestPaginering;
import nl.plein.platform.rest.Verwijzing;
import nl.plein.timeline.api.CommentView;
import nl.plein.timeline.api.PostView;
import nl.plein.timeline.api.TimelinePage;

/** The API's Dutch shapes of posts (berichten), comments (reacties) and the timelines. */
public final class RestBericht {
  private RestBericht() {}


  /**
   * A post as the caller sees it.
   *
   * @param tekst the text as written, only for its author; else null
   */
  public record Bericht(
      UUID id, Verwijzing auteur, Verwijzing groep, String html, String tekst, Instant geplaatst, Instant bewerkt,
      int aantalWaarderingen, int aantalReacties, boolean doorMijGewaardeerd, List<Verwijzing> laatstGewaardeerdDoor,
      List<Foto> fotos, List<Bijlage> bijlagen) {
    static Bericht of(PostView p) {
      String base = "/api/v1/berichten/" + p.id();
      return new Bericht(p.id(), Verwijzing.of(p.author()),
          p.groupId() == null ? null : new Verwijzing(p.groupId(), p.groupName()), p.html(), p.source(),
          p.createdAt(), p.editedAt(), p.likeCount(), p.commentCount(), p.liked(),
          p.likedBy().stream().map(Verwijzing::of).toList(),
          p.photoIds().stream().map(f -> new Foto(f, base + "/fotos/" + f)).toList(),
          p.attachments().stream().map(a -> new Bijlage(a.id(), a.name(), a.type(), a.size(),
              base + "/bijlagen/" + a.id())).toList());
    }
  }

  /** A photo in a post: {@code href} serves it as JPEG, {@code ?formaat=klein|middel|groot}. */
  public record Foto(UUID id, String href) {}

  /** A document attached to a post; {@code href} downloads it. */
  public record Bijlage(UUID id, String naam, String soort, long grootte, String href) {}

  /** Someone who liked a post or comment; {@code persoon} is absent for a colleague the caller may not see. */
  public record Waardering(Verwijzing persoon, Instant gewaardeerd) {
    static Waardering of(nl.plein.timeline.api.Liker l) {
      return new Waardering(Verwijzing.of(l.person()), l.likedAt());
    }
  }

  public record Waarderingen(List<Waardering> waarderingen, RestPaginering paginering) {}

  /**
   * One page of a timeline, newest first.
   *
   * @param volgende the path of the next (older) page, or null at the end
   */
  public record Lijst(List<Bericht> berichten, String volgende) {
    static Lijst of(TimelinePage page, UriInfo uri) {
      return new Lijst(page.items().stream().map(Bericht::of).toList(),
          page.nextCursor() == null ? null : link(uri, page.nextCursor()));
    }

    private static String link(UriInfo uri, String cursor) {
      var target = uri.getRequestUriBuilder().replaceQueryParam("voor", cursor).build();
      return target.getRawPath() + "?" + target.getRawQuery();
    }
  }

  /** A comment, or with {@code reactieOp} a reply to one. */
  public record Reactie(
      UUID id, UUID reactieOp, Verwijzing auteur, String html, Instant geplaatst, int aantalWaarderingen,
      boolean doorMijGewaardeerd) {
    static Reactie of(CommentView c) {
      return new Reactie(c.id(), c.parentId(), Verwijzing.of(c.author()), c.html(), c.createdAt(), c.likeCount(),
          c.liked());
    }
  }

  public record Reacties(List<Reactie> reacties, RestPaginering paginering) {}

  /** The body of a new post: {@code groep} null for the author's own timeline. */
  public record NieuwBericht(String tekst, UUID groep, List<UUID> vermeldingen) {}

  /** The body of a new comment: {@code reactieOp} the comment it replies to, or null. */
  public record NieuweReactie(String tekst, UUID reactieOp) {}
}
