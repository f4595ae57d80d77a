package nl.plein.demo.service;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.news.api.NewsKind;
import nl.plein.news.api.NewsTarget;
import nl.plein.news.domain.NewsItem;
import nl.plein.news.domain.NewsTargets;
import nl.plein.news.domain.NewsText;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Organisation;
import nl.plein.people.domain.Person;

/**
 * The demo's news and blogs: news for everyone and for one organisation by Noor ("communicatie",
 * content editor of the installation), news of Gemeente Dijkvliet by Ricardo ("redacteur"), one
 * item for Burgerzaken (Mila's department), a blog with a reaction, and one item scheduled for next
 * week (only its writer sees it yet).
 */
final class DemoNews {
  private DemoNews() {}

  static void load(EntityManager em, Instant now) {
    Person noor = person(em, "Noor Jansen");
    Person ricardo = person(em, "Ricardo Dekkers");
    Person mila = person(em, "Mila de Wit");
    if (noor == null || ricardo == null || mila == null || mila.getDepartment() == null) {
      return; // a demo database whose people changed meanwhile
    }
    Instant t = now.truncatedTo(ChronoUnit.MILLIS);
    UUID polderrand = noor.getOrganisation().getId();
    UUID dijkvliet = ricardo.getOrganisation().getId();
    Department burgerzaken = mila.getDepartment();
    item(em, NewsKind.NEWS, noor, List.of(NewsTarget.INSTALLATION), Map.of(), "Het Plein is live",
        "Eén intranet voor de werkorganisatie en de drie gemeenten.", """
            Vanaf vandaag werken we samen op **Het Plein**: één intranet voor Werkorganisatie Polderrand en de
            gemeenten Dijkvliet, Oosterweide en Molenbroek.

            ## Wat kun je doen?

            - collega's vinden op naam, afdeling of expertise
            - groepen starten en kennis delen
            - nieuws lezen dat voor jou bedoeld is
            """, t.minus(Duration.ofDays(6)));
    item(em, NewsKind.NEWS, noor, List.of(new NewsTarget(NewsTarget.Kind.ORGANISATION, polderrand)), Map.of(),
        "Parkeergarage Stadskantoor twee weken dicht", null, """
            Van 1 tot en met 14 december is de parkeergarage onder het Stadskantoor dicht voor onderhoud.
            Parkeer op het terrein van de Gemeentewerf Oost; een pendelbus rijdt elk kwartier.
            """, t.minus(Duration.ofDays(3)));
    item(em, NewsKind.NEWS, noor, List.of(new NewsTarget(NewsTarget.Kind.DEPARTMENT, burgerzaken.getId())),
        Map.of(burgerzaken.getId(), polderrand), "Nieuwe pasfotoregels vanaf januari", null, """
            Vanaf januari gelden nieuwe eisen voor pasfoto's. De werkinstructie in de kennisbank is bijgewerkt.
            """, t.minus(Duration.ofDays(1)));
    item(em, NewsKind.NEWS, ricardo, List.of(new NewsTarget(NewsTarget.Kind.ORGANISATION, dijkvliet)), Map.of(),
        "Dijkvliet opent nieuw zwembad", null, """
            Het nieuwe zwembad aan de Dijkweg opent op 20 december. Medewerkers zwemmen de eerste week gratis.
            """, t.minus(Duration.ofDays(2)));
    NewsItem blog = item(em, NewsKind.BLOG, noor, List.of(NewsTarget.INSTALLATION), Map.of(),
        "Blog: wat een jaar samenwerken ons leerde", null, """
            Een jaar geleden begonnen we als één werkorganisatie. Drie lessen: **vraag het elkaar**, deel wat je
            weet, en vier wat lukt.
            """, t.minus(Duration.ofDays(4)));
    String reaction = "Mooi geschreven! Vooral de eerste les herken ik.";
    em.persist(new nl.plein.news.domain.NewsComment(blog.getId(), mila.getId(), reaction,
        NewsText.renderComment(reaction), t.minus(Duration.ofDays(3))));
    blog.commented(1);
    item(em, NewsKind.NEWS, noor, List.of(NewsTarget.INSTALLATION), Map.of(), "Kerstborrel op 19 december", null, """
        Iedereen is welkom in de kantine van het Stadskantoor, vanaf 16 uur.
        """, t.plus(Duration.ofDays(7)));
  }

  private static NewsItem item(EntityManager em, NewsKind kind, Person author, List<NewsTarget> targets,
      Map<UUID, UUID> organisationOf, String title, String teaser, String source, Instant at) {
    Organisation organisation = author.getOrganisation();
    NewsItem item = new NewsItem(kind, organisation.getId(), author.getId(), at);
    String text = source.strip();
    item.write(title, teaser, text, NewsText.render(text), NewsTargets.terms(targets, organisationOf),
        organisation.getId(), at, at);
    em.persist(item);
    return item;
  }

  private static Person person(EntityManager em, String displayName) {
    return em.createQuery("select p from Person p", Person.class).getResultStream()
        .filter(p -> p.name().displayName().equals(displayName)).findFirst().orElse(null);
  }
}
