package nl.plein.pages.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.plein.pages.api.PageFileView;
import nl.plein.pages.api.PageLink;
import nl.plein.pages.api.PageSpace;
import nl.plein.pages.api.PageSummary;
import nl.plein.pages.api.PageView;
import nl.plein.pages.api.RevisionSummary;
import nl.plein.pages.api.RevisionView;
import nl.plein.people.api.PersonRef;
import nl.plein.platform.rest.RestPaginering;
import nl.plein.platform.rest.Verwijzing;

/** The API's Dutch shapes of knowledge pages, their spaces and their revisions. */
public final class RestKennispagina {
  private RestKennispagina() {}


  public record PaginaVerwijzing(UUID id, String titel) {
    static PaginaVerwijzing of(PageLink l) {
      return l == null ? null : new PaginaVerwijzing(l.id(), l.title());
    }
  }

  /** Where pages live: {@code soort} is "afdeling" or "groep". */
  public record Ruimte(String soort, UUID id, String naam, UUID organisatie, long aantalPaginas) {
    static Ruimte of(PageSpace s) {
      return new Ruimte(RestKennispagina.soort(s.kind()), s.id(), s.name(), s.organisationId(), s.pageCount());
    }
  }

  public record Samenvatting(UUID id, String titel, String fragment, Instant gewijzigd, LocalDate herzieningsdatum,
      long aantalSubpaginas) {
    static Samenvatting of(PageSummary p) {
      return new Samenvatting(p.id(), p.title(), p.snippet(), p.updatedAt(), p.reviewDate(), p.childCount());
    }
  }

  public record Bestand(UUID id, String naam, String soort, long grootte, boolean doorzoekbaar, String reden) {
    static Bestand of(PageFileView f) {
      return new Bestand(f.id(), f.name(), f.image() ? "afbeelding" : f.type().toLowerCase(java.util.Locale.ROOT),
          f.size(), f.indexable(), f.indexProblem() == null ? null : f.indexProblem().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * A page. An unpublished page gives its reason and successor; its text only to who may bring it
   * back.
   */
  public record Kennispagina(UUID id, String titel, String html, Ruimte ruimte, List<PaginaVerwijzing> pad,
      List<PaginaVerwijzing> subpaginas, long aantalSubpaginas, Verwijzing eigenaar, LocalDate herzieningsdatum,
      boolean herzieningNodig, int versie, Instant gewijzigd, Verwijzing gewijzigdDoor, boolean gepubliceerd,
      String redenOffline, PaginaVerwijzing opvolger, List<Bestand> bestanden, int aantalNuttig,
      int aantalNietNuttig, int aantalReacties) {
    static Kennispagina of(PageView p) {
      return new Kennispagina(p.id(), p.title(), p.html(), Ruimte.of(p.space()),
          p.breadcrumbs().stream().map(PaginaVerwijzing::of).toList(),
          p.children().stream().map(PaginaVerwijzing::of).toList(), p.childCount(), Verwijzing.of(p.owner()),
          p.reviewDate(), p.reviewDue(), p.revision(), p.updatedAt(), Verwijzing.of(p.updatedBy()), p.published(),
          p.unpublishedReason(), PaginaVerwijzing.of(p.successor()), p.files().stream().map(Bestand::of).toList(),
          p.helpfulCount(), p.unhelpfulCount(), p.commentCount());
    }
  }

  public record VersieSamenvatting(int nummer, String titel, Verwijzing auteur, Instant opgeslagen, String toelichting,
      Integer teruggezetVan, boolean huidig) {
    static VersieSamenvatting of(RevisionSummary r) {
      return new VersieSamenvatting(r.number(), r.title(), Verwijzing.of(r.author()), r.savedAt(), r.note(),
          r.restoredFrom(), r.current());
    }
  }

  /** A revision as it read then: the Markdown as written and the HTML it gives. */
  public record Versie(UUID kennispagina, int nummer, String titel, String tekst, String html, Verwijzing auteur,
      Instant opgeslagen, String toelichting, int huidigeVersie) {
    static Versie of(RevisionView r) {
      return new Versie(r.pageId(), r.number(), r.title(), r.source(), r.html(), Verwijzing.of(r.author()),
          r.savedAt(), r.note(), r.currentRevision());
    }
  }

  public record Ruimtes(List<Ruimte> ruimtes, RestPaginering paginering) {}

  public record Lijst(List<Samenvatting> kennispaginas, RestPaginering paginering) {}

  public record Versies(List<VersieSamenvatting> versies, RestPaginering paginering) {}

  static String soort(PageSpace.Kind kind) {
    return kind == PageSpace.Kind.GROUP ? "groep" : "afdeling";
  }
}
