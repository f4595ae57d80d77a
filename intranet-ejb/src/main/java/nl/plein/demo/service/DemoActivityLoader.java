package nl.plein.demo.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import nl.plein.demo.service.DemoActivityGenerator.CommentPlan;
import nl.plein.demo.service.DemoActivityGenerator.GroupSource;
import nl.plein.demo.service.DemoActivityGenerator.PostPlan;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.domain.Group;
import nl.plein.groups.domain.GroupMember;
import nl.plein.people.domain.PersonFollow;
import nl.plein.common.api.Audience;
import nl.plein.timeline.domain.Post;
import nl.plein.timeline.domain.PostText;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;

/**
 * Grows the timeline to benchmark size (PLEIN_DEMO_ACTIVITIES, e.g. 3,000,000 posts, comments and
 * likes) after the people and groups. Rows go in with JDBC batches, {@value #CHUNK} posts with their
 * reactions per transaction; the posts are indexed afterwards by the mass indexer. Then the
 * benchmark's reader, Mila, follows 100 colleagues and is a member of 30 groups, and a post tagged
 * #{@value #DONE_TAG} says the data is complete (the benchmark waits for it).
 */
@Stateless
@LocalBean
@PermitAll
public class DemoActivityLoader {
  static final int CHUNK = 2000;
  public static final String DONE_TAG = "proefgegevens";
  static final int FOLLOWS = 100;
  static final int GROUPS = 30;
  private static final Logger LOG = Logger.getLogger(DemoActivityLoader.class.getName());

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory emf;

  /** Everything the generator draws from. */
  public record Sources(List<UUID> everyone, Map<UUID, UUID> organisationOf, Map<UUID, List<UUID>> peopleByOrganisation,
      List<GroupSource> groups) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long countActivities() {
    return ((Number) em.createNativeQuery("select (select count(*) from post) + (select count(*) from post_comment)"
        + " + (select count(*) from post_like) + (select count(*) from comment_like)").getSingleResult()).longValue();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean isComplete() {
    return !em.createQuery("select p.id from Post p join p.hashtags t where t = :tag", UUID.class)
        .setParameter("tag", DONE_TAG).setMaxResults(1).getResultList().isEmpty();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Sources sources() {
    Map<UUID, UUID> organisationOf = new HashMap<>();
    Map<UUID, List<UUID>> byOrganisation = new HashMap<>();
    List<UUID> everyone = new ArrayList<>();
    // By id: random with respect to anything else, and the same every time.
    em.createQuery("select p.id, p.organisation.id from Person p where p.active = true order by p.id", Object[].class)
        .getResultStream().forEach(r -> {
          everyone.add((UUID) r[0]);
          organisationOf.put((UUID) r[0], (UUID) r[1]);
          byOrganisation.computeIfAbsent((UUID) r[1], k -> new ArrayList<>()).add((UUID) r[0]);
        });
    Map<UUID, List<UUID>> members = new HashMap<>();
    em.createQuery("select m.key.groupId, m.key.personId from GroupMember m order by m.key.groupId, m.key.personId",
        Object[].class).getResultStream()
        .forEach(r -> members.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
    List<GroupSource> groups = em.createQuery("select g from Group g where g.archivedAt is null order by g.id",
        Group.class).getResultStream()
        .map(g -> new GroupSource(g.getId(), g.getOrganisationId(),
            Audience.group(g.getId(), g.getVisibility(), g.isShared(), g.getOrganisationId()),
            members.getOrDefault(g.getId(), List.of())))
        .toList();
    return new Sources(everyone, organisationOf, byOrganisation, groups);
  }

  /** One chunk: the posts, their hashtags, comments and likes, with the counts on the posts. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void insert(List<PostPlan> plans, List<PostText.Rendered> postTexts, List<String> commentHtml) {
    em.unwrap(Session.class).doWork(connection -> insert(connection, plans, postTexts, commentHtml));
  }

  /** The i-th like, some minutes after the one before, never in the future. */
  private static Instant likedAt(Instant written, int i, Instant now) {
    Instant at = written.plusSeconds(240L * (i + 1));
    return at.isAfter(now) ? now : at;
  }

  private static void insert(Connection c, List<PostPlan> plans, List<PostText.Rendered> texts, List<String> comments)
      throws SQLException {
    Instant now = Instant.now();
    try (PreparedStatement post = c.prepareStatement("insert into post (id, author_id, group_id, organisation_id,"
            + " audience, source, html, created_at, like_count, comment_count, must_read, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0)");
        PreparedStatement tag = c.prepareStatement("insert into post_hashtag (post_id, tag) values (?, ?)");
        PreparedStatement like = c.prepareStatement(
            "insert into post_like (post_id, person_id, created_at) values (?, ?, ?)");
        PreparedStatement comment = c.prepareStatement("insert into post_comment (id, post_id, parent_id, author_id,"
            + " source, html, created_at, like_count, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement commentLike = c.prepareStatement(
            "insert into comment_like (comment_id, person_id, created_at) values (?, ?, ?)")) {
      for (PostPlan p : plans) {
        PostText.Rendered text = texts.get(p.text());
        post.setObject(1, p.id());
        post.setObject(2, p.authorId());
        post.setObject(3, p.groupId());
        post.setObject(4, p.organisationId());
        post.setString(5, p.audience());
        post.setString(6, DemoActivityGenerator.postText(p.text()));
        post.setString(7, text.html());
        post.setObject(8, OffsetDateTime.ofInstant(p.createdAt(), ZoneOffset.UTC));
        post.setInt(9, p.likers().size());
        post.setInt(10, p.comments().size());
        post.addBatch();
        for (String t : text.hashtags()) {
          tag.setObject(1, p.id());
          tag.setString(2, t);
          tag.addBatch();
        }
        for (int i = 0; i < p.likers().size(); i++) {
          like.setObject(1, p.id());
          like.setObject(2, p.likers().get(i));
          like.setObject(3, OffsetDateTime.ofInstant(likedAt(p.createdAt(), i, now), ZoneOffset.UTC));
          like.addBatch();
        }
      }
      post.executeBatch();
      tag.executeBatch();
      like.executeBatch();
      for (PostPlan p : plans) {
        // Replies after the comments they answer (the foreign key), so top-level comments first.
        List<CommentPlan> ordered = new ArrayList<>(p.comments());
        ordered.sort(Comparator.comparing(cp -> cp.parentId() != null));
        for (CommentPlan cp : ordered) {
          comment.setObject(1, cp.id());
          comment.setObject(2, p.id());
          comment.setObject(3, cp.parentId());
          comment.setObject(4, cp.authorId());
          comment.setString(5, DemoActivityGenerator.commentText(cp.text()));
          comment.setString(6, comments.get(cp.text()));
          comment.setObject(7, OffsetDateTime.ofInstant(cp.createdAt(), ZoneOffset.UTC));
          comment.setInt(8, cp.likers().size());
          comment.addBatch();
          for (int i = 0; i < cp.likers().size(); i++) {
            commentLike.setObject(1, cp.id());
            commentLike.setObject(2, cp.likers().get(i));
            commentLike.setObject(3, OffsetDateTime.ofInstant(likedAt(cp.createdAt(), i, now), ZoneOffset.UTC));
            commentLike.addBatch();
          }
        }
      }
      comment.executeBatch();
      commentLike.executeBatch();
    }
  }

  /**
   * The benchmark's reader: Mila follows {@value #FOLLOWS} colleagues of her organisation (the most
   * active first, then others) and is a member of {@value #GROUPS} groups she could join (open or
   * closed, of her organisation or shared; the busiest first).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void preparePersona(String username) {
    UUID me = em.createQuery("select a.personId from Account a where a.username = :u", UUID.class)
        .setParameter("u", username).getSingleResult();
    UUID organisation = em.createQuery("select p.organisation.id from Person p where p.id = :me", UUID.class)
        .setParameter("me", me).getSingleResult();
    Set<UUID> followed = new HashSet<>(em.createQuery(
            "select f.key.followedId from PersonFollow f where f.key.followerId = :me", UUID.class)
        .setParameter("me", me).getResultList());
    List<UUID> authors = em.createQuery("select p.authorId from Post p, Person a where a.id = p.authorId"
            + " and a.organisation.id = :o and a.active = true and p.authorId <> :me"
            + " group by p.authorId order by count(p) desc, p.authorId", UUID.class)
        .setParameter("o", organisation).setParameter("me", me).setMaxResults(FOLLOWS * 5).getResultList();
    // A fifth of them the most active writers, the rest from further down the list.
    List<UUID> chosen = new ArrayList<>(authors.subList(0, Math.min(FOLLOWS / 5, authors.size())));
    for (int i = FOLLOWS / 5; chosen.size() < FOLLOWS && i < authors.size(); i += 4) {
      chosen.add(authors.get(i));
    }
    for (UUID person : chosen) {
      if (followed.size() < FOLLOWS && followed.add(person)) {
        em.persist(new PersonFollow(me, person));
      }
    }
    Set<UUID> memberOf = new HashSet<>(em.createQuery(
            "select m.key.groupId from GroupMember m where m.key.personId = :me", UUID.class)
        .setParameter("me", me).getResultList());
    String sortName = em.createQuery("select p.sortName from Person p where p.id = :me", String.class)
        .setParameter("me", me).getSingleResult();
    List<Group> candidates = em.createQuery("select g from Group g where g.archivedAt is null"
            + " and g.visibility <> :secret and (g.shared = true or g.organisationId = :o)"
            + " order by (select count(p) from Post p where p.groupId = g.id) desc, g.id", Group.class)
        .setParameter("secret", GroupVisibility.SECRET).setParameter("o", organisation)
        .setMaxResults(GROUPS * 3).getResultList();
    Instant now = Instant.now();
    for (int i = 0; i < candidates.size() && memberOf.size() < GROUPS; i += (i < 10 ? 1 : 3)) {
      Group g = candidates.get(i);
      if (memberOf.add(g.getId())) {
        em.persist(new GroupMember(g.getId(), me, sortName, GroupRole.MEMBER, now));
        g.recountedMembers(g.getMemberCount() + 1L);
      }
    }
    LOG.info(() -> "Benchmark reader " + username + " follows " + FOLLOWS + " colleagues and is in "
        + GROUPS + " groups");
  }

  /** The posts into the search index, all at once (far faster than one by one). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void indexPosts() throws InterruptedException {
    try (EntityManager session = emf.createEntityManager()) {
      Search.session(session).massIndexer(Post.class)
          .threadsToLoadObjects(2)
          .batchSizeToLoadObjects(500)
          .startAndWait();
    }
  }

  /** The last step: a post by the functional administrator that the benchmark waits for. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markComplete(long activities) {
    UUID bea = em.createQuery("select a.personId from Account a where a.username = 'beheer'", UUID.class)
        .getSingleResult();
    UUID organisation = em.createQuery("select p.organisation.id from Person p where p.id = :p", UUID.class)
        .setParameter("p", bea).getSingleResult();
    String source = "Proefgegevens geladen: " + String.format(java.util.Locale.ROOT, "%,d", activities).replace(',', '.')
        + " berichten, reacties en waarderingen. #" + DONE_TAG;
    em.persist(new Post(bea, null, organisation, Audience.ownTimeline(organisation), source,
        PostText.render("text", source, Map.of()), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
  }

  /** Called outside a transaction: each chunk commits on its own. */
  public static void growTo(DemoActivityLoader self, long target) {
    if (self.isComplete()) {
      return;
    }
    long start = System.nanoTime();
    long existing = self.countActivities();
    if (existing < target) {
      Sources s = self.sources();
      Map<UUID, String> ownAudience = new HashMap<>();
      s.peopleByOrganisation().keySet().forEach(o -> ownAudience.put(o, Audience.ownTimeline(o)));
      DemoActivityGenerator generator = new DemoActivityGenerator(DemoDataLoader.SEED + existing, Instant.now(),
          s.everyone(), s.organisationOf(), s.peopleByOrganisation(), s.groups(), ownAudience);
      List<PostText.Rendered> postTexts = new ArrayList<>();
      for (int i = 0; i < DemoActivityGenerator.textCount(); i++) {
        postTexts.add(PostText.render("text", DemoActivityGenerator.postText(i), Map.of()));
      }
      List<String> commentHtml = new ArrayList<>();
      for (int i = 0; i < DemoActivityGenerator.COMMENT_TEXTS.length; i++) {
        commentHtml.add(PostText.render("comment", DemoActivityGenerator.commentText(i), Map.of()).html());
      }
      long done = existing;
      long nextLog = existing + 250_000;
      while (done < target) {
        List<PostPlan> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && done < target) {
          PostPlan plan = generator.next();
          chunk.add(plan);
          done += plan.activities();
        }
        self.insert(chunk, postTexts, commentHtml);
        if (done >= nextLog) {
          long n = done;
          LOG.info(() -> "Benchmark data: " + n + " of " + target + " activities");
          nextLog += 250_000;
        }
      }
      long total = done;
      LOG.info(() -> "Benchmark activities (" + total + ") written in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
    }
    self.preparePersona("medewerker");
    long indexStart = System.nanoTime();
    try {
      self.indexPosts();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    LOG.info(() -> "Benchmark posts indexed in " + (System.nanoTime() - indexStart) / 1_000_000_000 + " s");
    self.markComplete(self.countActivities());
  }
}
