package nl.plein.demo.service;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.groups.domain.Group;
import nl.plein.people.domain.Person;
import nl.plein.common.api.Audience;
import nl.plein.timeline.domain.Comment;
import nl.plein.timeline.domain.Post;
import nl.plein.timeline.domain.PostLike;
import nl.plein.timeline.domain.PostText;

/**
 * The demo's timeline: a handful of posts from the last days on own timelines and in groups, with
 * mentions, hashtags, a comment and likes, so that a newcomer sees a living start page.
 */
final class DemoPosts {
  private record Plan(String author, String group, String text, int hoursAgo, List<String> likers, String comment,
      String commenter) {}

  private static final List<Plan> PLANS = List.of(
      new Plan("Carmen Mulders", null,
          "Welkom op **Het Plein**! Stel je vragen in de groep Vraag het intranet, en heb je een wens voor het"
              + " intranet? Zet er #wens bij.", 72, List.of("Mila de Wit", "Arjen de Bruin"), null, null),
      new Plan("Pieter-Jan Smit", "Buitendienst Groen",
          "Vandaag de lindes aan de Dorpsstraat gesnoeid. Dank aan @Arjen de Bruin voor de hulp! #groen", 26,
          List.of("Arjen de Bruin", "Carmen Mulders"), "Mooi werk, de straat ziet er weer netjes uit.", "Carmen Mulders"),
      new Plan("Mila de Wit", "Vraag het intranet",
          "Hoe zet ik mijn foto op mijn profiel? Ik zie de knop niet op mijn telefoon.", 20, List.of(),
          "Kies *Profiel aanvullen* op de startpagina; de knop staat onder je naam.", "Arjen de Bruin"),
      new Plan("Arjen de Bruin", null,
          "Tip: volg #wens om te zien wat collega's voor het intranet willen.", 5, List.of("Mila de Wit"), null, null));

  private DemoPosts() {}

  static void load(EntityManager em, Instant now) {
    Map<String, Person> people = new HashMap<>();
    em.createQuery("select p from Person p", Person.class).getResultStream()
        .forEach(p -> people.putIfAbsent(p.name().displayName(), p));
    Map<String, Group> groups = new HashMap<>();
    em.createQuery("select g from Group g", Group.class).getResultStream().forEach(g -> groups.putIfAbsent(g.getName(), g));
    Map<String, List<PostText.Person>> mentionable = new HashMap<>();
    people.values().forEach(p -> mentionable.computeIfAbsent(PostText.key(p.name().displayName()), k -> new ArrayList<>())
        .add(new PostText.Person(p.getId(), p.name().displayName())));
    for (Plan plan : PLANS) {
      Person author = people.get(plan.author());
      Group group = plan.group() == null ? null : groups.get(plan.group());
      if (author == null || (plan.group() != null && group == null)) {
        continue; // a demo database whose people or groups changed meanwhile
      }
      Instant at = now.minus(Duration.ofHours(plan.hoursAgo())).truncatedTo(ChronoUnit.MILLIS);
      UUID organisation = author.getOrganisation().getId();
      String audience = group == null ? Audience.ownTimeline(organisation)
          : Audience.group(group.getId(), group.getVisibility(), group.isShared(), group.getOrganisationId());
      Post post = new Post(author.getId(), group == null ? null : group.getId(), organisation, audience, plan.text(),
          PostText.render("text", plan.text(), mentionable), at);
      em.persist(post);
      for (String liker : plan.likers()) {
        if (people.containsKey(liker)) {
          em.persist(new PostLike(post.getId(), people.get(liker).getId(), at.plus(Duration.ofMinutes(30))));
        }
      }
      post.recountLikes(plan.likers().stream().filter(people::containsKey).count());
      if (plan.comment() != null && people.containsKey(plan.commenter())) {
        em.persist(new Comment(post.getId(), null, people.get(plan.commenter()).getId(), plan.comment(),
            PostText.render("comment", plan.comment(), mentionable).html(), at.plus(Duration.ofHours(1))));
        post.recountComments(1);
      }
    }
  }
}
