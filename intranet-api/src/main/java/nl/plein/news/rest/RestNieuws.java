package nl.plein.news.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.plein.news.api.NewsSummary;
import nl.plein.news.api.NewsView;
import nl.plein.people.api.PersonRef;
import nl.plein.platform.rest.RestPaginering;
import nl.plein.platform.rest.Verwijzing;

/** The API's Dutch shapes of news items and blogs. */
public final class RestNieuws {
  private RestNieuws() {}


  public record Afbeelding(String href, String beschrijving) {}

  public record Samenvatting(UUID id, String soort, String titel, String inleiding, Verwijzing auteur,
      Instant gepubliceerd, Afbeelding afbeelding, int aantalWaarderingen, int aantalReacties) {
    static Samenvatting of(NewsSummary n) {
      return new Samenvatting(n.id(), n.kind().code(), n.title(), n.teaser(), Verwijzing.of(n.author()),
          n.publishAt(), RestNieuws.afbeelding(n), n.likeCount(), n.commentCount());
    }
  }

  /** An item: its text as sanitized HTML, who it is for (named; "iedereen" for the whole installation). */
  public record Nieuwsbericht(UUID id, String soort, String titel, String inleiding, String html, Verwijzing auteur,
      Instant gepubliceerd, boolean bewerkt, List<String> doelgroep, Afbeelding afbeelding, int aantalWaarderingen,
      int aantalReacties) {
    static Nieuwsbericht of(NewsView v) {
      NewsSummary n = v.summary();
      return new Nieuwsbericht(n.id(), n.kind().code(), n.title(), n.teaser(), v.html(), Verwijzing.of(n.author()),
          n.publishAt(), v.edited(), v.targets().stream().map(t -> t.isEmpty() ? "iedereen" : t).toList(),
          RestNieuws.afbeelding(n), n.likeCount(), n.commentCount());
    }
  }

  public record Lijst(List<Samenvatting> nieuws, RestPaginering paginering) {}

  static Afbeelding afbeelding(NewsSummary n) {
    return n.hasImage() ? new Afbeelding("/api/v1/nieuws/" + n.id() + "/afbeelding?formaat=groot", n.imageAlt()) : null;
  }
}
