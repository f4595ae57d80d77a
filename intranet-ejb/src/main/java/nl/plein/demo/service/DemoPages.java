package nl.plein.demo.service;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import nl.plein.common.api.Audience;
import nl.plein.groups.domain.Group;
import nl.plein.pages.domain.KnowledgePage;
import nl.plein.pages.domain.PageText;
import nl.plein.people.domain.Person;

/**
 * The demo's knowledge base: pages of Mila's department (one overdue for review, so her to-do list
 * and the community manager's queue have something in them) and of the group "Vraag het intranet",
 * with a few revisions each.
 */
final class DemoPages {
  private DemoPages() {}

  static void load(EntityManager em, Instant now) {
    Map<String, Person> people = new HashMap<>();
    em.createQuery("select p from Person p", Person.class).getResultStream()
        .forEach(p -> people.putIfAbsent(p.name().displayName(), p));
    Person mila = people.get("Mila de Wit");
    Person arjen = people.get("Arjen de Bruin");
    Group askGroup = em.createQuery("select g from Group g where g.name = :n", Group.class)
        .setParameter("n", "Vraag het intranet").getResultStream().findFirst().orElse(null);
    if (mila == null || arjen == null || mila.getDepartment() == null) {
      return; // a demo database whose people changed meanwhile
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Amsterdam"));
    Instant t = now.minus(Duration.ofDays(400)).truncatedTo(ChronoUnit.MILLIS);
    var department = mila.getDepartment();
    String staff = Audience.organisation(department.getOrganisation().getId());

    KnowledgePage passport = page(em, department.getOrganisation().getId(), department.getId(), null, null, staff,
        "Paspoort en identiteitskaart aanvragen", """
            ## Wat neemt de inwoner mee?

            - de oude paspoort of identiteitskaart
            - een pasfoto van niet ouder dan 6 maanden

            ## Hoe lang duurt het?

            De inwoner kan het document na 5 werkdagen ophalen bij de balie.
            """, mila, today.minusDays(12), t);
    revise(em, passport, """
        ## Wat neemt de inwoner mee?

        - het oude paspoort of de oude identiteitskaart
        - een pasfoto van niet ouder dan 6 maanden
        - bij een vermissing: de verklaring van vermissing

        ## Hoe lang duurt het?

        De inwoner kan het document na 5 werkdagen ophalen bij de balie. Spoed kan: dan de volgende werkdag.
        """, mila, t.plus(Duration.ofDays(30)), "Vermissing en spoed toegevoegd");
    page(em, department.getOrganisation().getId(), department.getId(), null, passport.getId(),
        staff, "Werkinstructie balie", """
            Controleer bij het **ophalen** altijd de identiteit met het oude document.

            1. Vraag het oude document.
            2. Maak het oude document ongeldig.
            3. Laat de inwoner tekenen voor ontvangst.
            """, mila, today.plusMonths(5), t.plus(Duration.ofDays(2)));

    if (askGroup != null) {
      String members = Audience.group(askGroup.getId(), askGroup.getVisibility(), askGroup.isShared(),
          askGroup.getOrganisationId());
      KnowledgePage faq = page(em, askGroup.getOrganisationId(), null, askGroup.getId(), null, members,
          "Veelgestelde vragen over het intranet", """
              ## Hoe vind ik een collega?

              Zoek onder *Mensen* op naam, afdeling of expertise.

              ## Hoe start ik een groep?

              Kies *Groepen* en dan *Nieuwe groep*. Kijk eerst of er al een groep over hetzelfde is.
              """, mila, today.plusMonths(4), t.plus(Duration.ofDays(100)));
      page(em, askGroup.getOrganisationId(), null, askGroup.getId(), faq.getId(), members,
          "Je profielfoto aanpassen", """
              Kies op de startpagina *Profiel aanvullen*. Op een telefoon kun je direct een foto maken.
              """, arjen, today.plusMonths(8), t.plus(Duration.ofDays(120)));
    }
  }

  private static KnowledgePage page(EntityManager em, java.util.UUID organisationId, java.util.UUID departmentId,
      java.util.UUID groupId, java.util.UUID parentId, String audience, String title, String source, Person author,
      LocalDate review, Instant at) {
    KnowledgePage page = new KnowledgePage(organisationId, departmentId, groupId, parentId, audience, title,
        source.strip(), PageText.render(source.strip()), author.getId(), review, at);
    em.persist(page);
    em.persist(page.firstRevision(null));
    return page;
  }

  private static void revise(EntityManager em, KnowledgePage page, String source, Person author, Instant at,
      String note) {
    em.persist(page.edit(page.getRevision(), page.getTitle(), source.strip(), PageText.render(source.strip()),
        author.getId(), at, note, null));
  }
}
