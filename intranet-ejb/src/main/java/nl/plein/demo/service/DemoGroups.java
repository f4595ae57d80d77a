package nl.plein.demo.service;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.domain.Group;
import nl.plein.groups.domain.GroupInvitation;
import nl.plein.groups.domain.GroupMember;
import nl.plein.groups.domain.JoinRequest;
import nl.plein.people.domain.Person;

/**
 * The demo's groups: every visibility, shared and organisation-only groups, a pending request, an
 * invitation, an archived group and one in the inactivity queue, with the demo accounts in
 * different roles so that each can try what their role allows.
 *
 * <p>Mila de Wit ("medewerker") is administrator of "Vraag het intranet", member of several groups,
 * asked to join "Ambassadeurs intranet" and is invited to "Lunchwandelen"; she is not in the secret
 * group "Reorganisatie ICT", whose administrator is Kees van der Meer.
 */
final class DemoGroups {
  private record Plan(String name, String description, GroupVisibility visibility, boolean shared,
      String admin, List<String> members, int daysSinceActivity) {}

  private static final List<Plan> PLANS = List.of(
      new Plan("Vraag het intranet", "Stel hier je vraag over het intranet: collega's en ambassadeurs helpen je verder.",
          GroupVisibility.OPEN, true, "Mila de Wit",
          List.of("Arjen de Bruin", "Carmen Mulders", "Jan de Vries", "Anouk Bakker", "Fatima El Amrani"), 2),
      new Plan("Personeelsvereniging Polderrand", "Uitjes, de zomerborrel en het sinterklaasfeest van de personeelsvereniging.",
          GroupVisibility.OPEN, false, "Carmen Mulders",
          List.of("Mila de Wit", "Jan de Vries", "Kees van der Meer", "Özlem Yılmaz", "Pieter-Jan Smit"), 5),
      new Plan("Kaartjesmarkt", "Kaartjes voor concerten, theater en musea over? Bied ze hier aan collega's aan.",
          GroupVisibility.OPEN, true, "Anouk Bakker", List.of("Mila de Wit", "Fatima El Amrani"), 9),
      new Plan("Buitendienst Groen", "Foto's en ervaringen van de hoveniers en boomverzorgers uit de buitendienst.",
          GroupVisibility.OPEN, false, "Pieter-Jan Smit", List.of("Arjen de Bruin"), 1),
      new Plan("Ambassadeurs intranet", "De ambassadeurs van het intranet: tips, vragen van collega's en de livegang.",
          GroupVisibility.CLOSED, true, "Arjen de Bruin", List.of("Carmen Mulders", "Anouk Bakker"), 3),
      new Plan("Ondernemingsraad", "Overleg van de ondernemingsraad met de achterban.",
          GroupVisibility.CLOSED, false, "Kees van der Meer", List.of("Jan de Vries"), 20),
      new Plan("Reorganisatie ICT", "Voorbereiding van de nieuwe inrichting van de afdeling ICT.",
          GroupVisibility.SECRET, false, "Kees van der Meer", List.of("Bea van Heerden"), 4),
      new Plan("Lunchwandelen", "Elke dinsdag en donderdag om half een een rondje om het gemeentehuis.",
          GroupVisibility.SECRET, true, "Fatima El Amrani", List.of("Ingrid op den Kamp"), 6),
      new Plan("Omgevingswet", "Kennis en vragen over de invoering van de Omgevingswet, voor alle gemeenten.",
          GroupVisibility.OPEN, true, "Mohamed Bouzid", List.of("Fatima El Amrani", "Ingrid op den Kamp"), 12),
      new Plan("Moestuin Molenbroek", "De moestuin achter het gemeentehuis van Molenbroek: zaaien, oogsten, delen.",
          GroupVisibility.OPEN, false, "Ingrid op den Kamp", List.of(), 30),
      new Plan("Werkgroep website 2019", "De vorige vernieuwing van de website.",
          GroupVisibility.OPEN, false, "Jan de Vries", List.of("Mila de Wit"), 400),
      // Past the threshold but not yet in the queue: the inactivity check at start puts it there and
      // tells Arjen, its administrator.
      new Plan("Fotowedstrijd 2024", "Inzendingen voor de fotowedstrijd van 2024: de mooiste plekken van de gemeente.",
          GroupVisibility.OPEN, false, "Arjen de Bruin", List.of("Mila de Wit", "Pieter-Jan Smit"), 250),
      new Plan("Kerstborrel 2025", "Voorbereiding van de kerstborrel 2025.",
          GroupVisibility.OPEN, false, "Carmen Mulders", List.of("Mila de Wit"), 300));

  private DemoGroups() {}

  /** Loads the groups; {@code publish} fires what the services would fire, so notifications follow. */
  static void load(EntityManager em, Instant now, java.util.function.Consumer<Object> publish) {
    Map<String, Person> people = new HashMap<>();
    em.createQuery("select p from Person p", Person.class).getResultStream()
        .forEach(p -> people.putIfAbsent(p.name().displayName(), p));
    Map<String, Group> groups = new HashMap<>();
    for (Plan plan : PLANS) {
      Person admin = people.get(plan.admin());
      if (admin == null) {
        continue; // a demo database whose people were renamed meanwhile: skip what cannot be made
      }
      Instant created = now.minus(Duration.ofDays(plan.daysSinceActivity() + 30L));
      UUID organisationId = admin.getOrganisation().getId(); // a group belongs to its creator's organisation
      Group group = new Group(plan.name(), plan.description(), plan.visibility(), organisationId, plan.shared(),
          admin.getId(), created);
      em.persist(group);
      em.persist(new GroupMember(group.getId(), admin.getId(), admin.getSortName(), GroupRole.ADMIN, created));
      int count = 1;
      for (String name : plan.members()) {
        Person member = people.get(name);
        if (member != null) {
          em.persist(new GroupMember(group.getId(), member.getId(), member.getSortName(), GroupRole.MEMBER,
              created.plus(Duration.ofDays(1))));
          count++;
        }
      }
      group.recountedMembers(count);
      group.recordActivity(now.minus(Duration.ofDays(plan.daysSinceActivity())));
      groups.put(plan.name(), group);
    }
    // One in the community manager's queue, with a request to keep it; one archived.
    Group stale = groups.get("Werkgroep website 2019");
    if (stale != null) {
      stale.markInactive(now.minus(Duration.ofDays(10)));
      stale.requestToKeep("We gebruiken de groep nog als archief van de besluiten over de website.",
          now.minus(Duration.ofDays(2)));
    }
    if (groups.containsKey("Kerstborrel 2025")) {
      groups.get("Kerstborrel 2025").archive(now.minus(Duration.ofDays(200)));
    }
    // Mila asked to join the ambassadors and is invited to lunch walks.
    Person mila = people.get("Mila de Wit");
    if (mila != null && groups.containsKey("Ambassadeurs intranet")) {
      Group ambassadors = groups.get("Ambassadeurs intranet");
      em.persist(new JoinRequest(ambassadors.getId(), mila.getId(),
          "Ik help collega's op burgerzaken graag met het intranet.", now.minus(Duration.ofDays(1))));
      publish.accept(new nl.plein.groups.api.JoinRequested(ambassadors.getId(), mila.getId(),
          List.of(people.get("Arjen de Bruin").getId())));
    }
    Person fatima = people.get("Fatima El Amrani");
    if (mila != null && fatima != null && groups.containsKey("Lunchwandelen")) {
      UUID lunch = groups.get("Lunchwandelen").getId();
      em.persist(new GroupInvitation(lunch, mila.getId(), fatima.getId(), now.minus(Duration.ofDays(1))));
      publish.accept(new nl.plein.groups.api.GroupInvitationSent(lunch, mila.getId(), fatima.getId()));
    }
  }
}
