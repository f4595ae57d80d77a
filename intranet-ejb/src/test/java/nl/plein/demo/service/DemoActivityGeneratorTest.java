package nl.plein.demo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.plein.demo.service.DemoActivityGenerator.CommentPlan;
import nl.plein.demo.service.DemoActivityGenerator.GroupSource;
import nl.plein.demo.service.DemoActivityGenerator.PostPlan;
import nl.plein.timeline.domain.PostText;
import org.junit.jupiter.api.Test;

class DemoActivityGeneratorTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final Random random = new Random(3);
  private final List<UUID> everyone = new ArrayList<>();
  private final Map<UUID, UUID> organisationOf = new HashMap<>();
  private final Map<UUID, List<UUID>> byOrganisation = new HashMap<>();
  private final List<GroupSource> groups = new ArrayList<>();

  DemoActivityGeneratorTest() {
    List<UUID> organisations = List.of(UUID.randomUUID(), UUID.randomUUID());
    for (int i = 0; i < 2000; i++) {
      UUID person = UUID.randomUUID();
      UUID organisation = organisations.get(i % 2);
      everyone.add(person);
      organisationOf.put(person, organisation);
      byOrganisation.computeIfAbsent(organisation, k -> new ArrayList<>()).add(person);
    }
    for (int g = 0; g < 100; g++) {
      UUID organisation = organisations.get(g % 2);
      List<UUID> pool = byOrganisation.get(organisation);
      Set<UUID> members = new HashSet<>();
      int size = g == 0 ? 1 : g % 10 == 0 ? 400 : 2 + random.nextInt(30);
      while (members.size() < size) {
        members.add(pool.get(random.nextInt(pool.size())));
      }
      UUID id = UUID.randomUUID();
      groups.add(new GroupSource(id, organisation, "group:" + id, List.copyOf(members)));
    }
  }

  private DemoActivityGenerator generator(long seed) {
    Map<UUID, String> own = new HashMap<>();
    byOrganisation.keySet().forEach(o -> own.put(o, "person person-org:" + o));
    return new DemoActivityGenerator(seed, NOW, everyone, organisationOf, byOrganisation, groups, own);
  }

  private List<PostPlan> posts(long seed, int count) {
    DemoActivityGenerator generator = generator(seed);
    List<PostPlan> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      posts.add(generator.next());
    }
    return posts;
  }

  @Test
  void theSameSeedGivesTheSameActivity() {
    assertEquals(posts(11, 200), posts(11, 200));
  }

  @Test
  void reactionsComeFromReadersAndNobodyLikesTheirOwnWords() {
    Map<UUID, GroupSource> byId = new HashMap<>();
    groups.forEach(g -> byId.put(g.id(), g));
    for (PostPlan post : posts(5, 5000)) {
      Set<UUID> readers = post.groupId() == null ? new HashSet<>(byOrganisation.get(post.organisationId()))
          : new HashSet<>(byId.get(post.groupId()).members());
      assertTrue(readers.contains(post.authorId()), "the author may write there");
      assertEquals(organisationOf.get(post.authorId()), post.organisationId());
      assertEquals(post.groupId() == null ? "person person-org:" + post.organisationId() : "group:" + post.groupId(),
          post.audience());
      assertFalse(post.likers().contains(post.authorId()));
      assertEquals(post.likers().size(), new HashSet<>(post.likers()).size(), "one like per person");
      assertTrue(readers.containsAll(post.likers()));
      Map<UUID, Instant> times = new HashMap<>();
      Set<UUID> topLevel = new HashSet<>();
      for (CommentPlan comment : post.comments()) {
        assertTrue(readers.contains(comment.authorId()));
        assertTrue(readers.containsAll(comment.likers()));
        assertFalse(comment.likers().contains(comment.authorId()));
        assertFalse(comment.createdAt().isBefore(post.createdAt()));
        assertFalse(comment.createdAt().isAfter(NOW));
        times.put(comment.id(), comment.createdAt());
        if (comment.parentId() == null) {
          topLevel.add(comment.id());
        } else {
          assertTrue(topLevel.contains(comment.parentId()), "a reply answers an earlier top-level comment");
          assertFalse(comment.createdAt().isBefore(times.get(comment.parentId())), "and comes after it");
        }
      }
      assertFalse(post.createdAt().isAfter(NOW));
      assertFalse(post.createdAt().isBefore(NOW.minus(Duration.ofDays(731))));
      assertTrue(post.text() >= 0 && post.text() < DemoActivityGenerator.textCount());
    }
  }

  @Test
  void aFewPeopleAndGroupsWriteMostAndAFewPostsGetManyReactions() {
    List<PostPlan> posts = posts(7, 20_000);
    Map<UUID, Integer> perAuthor = new HashMap<>();
    Map<UUID, Integer> perGroup = new HashMap<>();
    int inGroups = 0;
    int activities = 0;
    int mostReactions = 0;
    int withoutReactions = 0;
    for (PostPlan p : posts) {
      perAuthor.merge(p.authorId(), 1, Integer::sum);
      if (p.groupId() != null) {
        inGroups++;
        perGroup.merge(p.groupId(), 1, Integer::sum);
      }
      activities += p.activities();
      mostReactions = Math.max(mostReactions, p.activities() - 1);
      withoutReactions += p.activities() == 1 ? 1 : 0;
    }
    // The most active 1% of the people write over a sixth of all posts (uniform would be 1%).
    int top = everyone.size() / 100;
    int byTop = perAuthor.values().stream().sorted((a, b) -> b - a).limit(top).mapToInt(Integer::intValue).sum();
    assertTrue(byTop > posts.size() / 6, "top 1% wrote " + byTop);
    // The busiest tenth of the groups has over a third of the group posts.
    int byBusiest = perGroup.values().stream().sorted((a, b) -> b - a).limit(groups.size() / 10)
        .mapToInt(Integer::intValue).sum();
    assertTrue(byBusiest > inGroups / 3, "busiest groups had " + byBusiest + " of " + inGroups);
    assertTrue(inGroups > posts.size() / 2 && inGroups < posts.size() * 7 / 10, "60% in groups: " + inGroups);
    // About seven activities per post: 3,000,000 activities are some 400,000 posts.
    double perPost = activities / (double) posts.size();
    assertTrue(perPost > 5 && perPost < 9, "activities per post " + perPost);
    assertTrue(mostReactions > 60, "a popular post: " + mostReactions);
    assertTrue(withoutReactions > posts.size() / 50, "some posts get no reaction at all");
    assertFalse(perGroup.containsKey(groups.get(0).id()), "a group of one has nobody to talk to");
  }

  @Test
  void everyTextRendersWithItsHashtag() {
    for (int i = 0; i < DemoActivityGenerator.textCount(); i++) {
      PostText.Rendered text = PostText.render("text", DemoActivityGenerator.postText(i), Map.of());
      assertNotNull(text.html());
      assertEquals(i % (DemoActivityGenerator.HASHTAGS.length + 1) == 0 ? 0 : 1, text.hashtags().size(),
          DemoActivityGenerator.postText(i));
    }
    for (int i = 0; i < DemoActivityGenerator.COMMENT_TEXTS.length; i++) {
      assertTrue(PostText.render("comment", DemoActivityGenerator.commentText(i), Map.of()).hashtags().isEmpty());
    }
  }
}
