package nl.plein.groups.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.plein.groups.api.GroupDetails;
import nl.plein.groups.api.GroupMemberView;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupSummary;
import nl.plein.groups.api.JoinRequestView;
import nl.plein.people.api.PersonRef;
import nl.plein.platform.rest.RestPaginering;
import nl.plein.platform.rest.Verwijzing;

/** The API's Dutch shapes of groups, members and join requests. */
public final class RestGroep {
  private RestGroep() {}


  public record Samenvatting(
      UUID id, String naam, String omschrijving, String zichtbaarheid, Verwijzing organisatie, boolean gedeeld,
      String status, int aantalLeden, Instant laatsteActiviteit, String mijnRol) {
    static Samenvatting of(GroupSummary g) {
      return new Samenvatting(g.id(), g.name(), g.description(), g.visibility().code(),
          new Verwijzing(g.organisationId(), g.organisationName()), g.shared(), g.status().code(), g.memberCount(),
          g.lastActivityAt(), rol(g.myRole()));
    }
  }

  public record Groep(
      UUID id, String naam, String omschrijving, String zichtbaarheid, Verwijzing organisatie, boolean gedeeld,
      String status, int aantalLeden, Instant aangemaakt, Instant laatsteActiviteit, String mijnRol,
      List<Verwijzing> beheerders, boolean ledenZichtbaar, boolean verzoekOpenstaand) {
    static Groep of(GroupDetails d) {
      GroupSummary g = d.summary();
      return new Groep(g.id(), g.name(), g.description(), g.visibility().code(),
          new Verwijzing(g.organisationId(), g.organisationName()), g.shared(), g.status().code(), g.memberCount(),
          d.createdAt(), g.lastActivityAt(), rol(g.myRole()), d.admins().stream().map(Verwijzing::of).toList(),
          d.membersVisible(), d.requestPending());
    }
  }

  public record Lid(Verwijzing persoon, String functie, String rol, Instant lidSinds) {
    static Lid of(GroupMemberView m) {
      return new Lid(Verwijzing.of(m.person()), m.person().functionTitle(), RestGroep.rol(m.role()), m.joinedAt());
    }
  }

  public record Lidmaatschapsverzoek(UUID id, Verwijzing persoon, String toelichting, Instant ingediend) {
    static Lidmaatschapsverzoek of(JoinRequestView r) {
      return new Lidmaatschapsverzoek(r.id(), Verwijzing.of(r.person()), r.message(), r.createdAt());
    }
  }

  /** The body of a request to join. */
  public record NieuwVerzoek(String toelichting) {}

  /** The body of a decision on a request: "goedgekeurd" or "afgewezen", with an optional message. */
  public record Besluit(String besluit, String toelichting) {}

  public record GelijkendeGroep(Samenvatting groep, String reden) {}

  public record Gelijkend(List<GelijkendeGroep> groepen) {}

  public record Lijst(List<Samenvatting> groepen, RestPaginering paginering) {}

  public record Leden(List<Lid> leden, RestPaginering paginering) {}

  public record Verzoeken(List<Lidmaatschapsverzoek> lidmaatschapsverzoeken, RestPaginering paginering) {}

  static String rol(GroupRole role) {
    return role == null ? null : role == GroupRole.ADMIN ? "beheerder" : "lid";
  }
}
