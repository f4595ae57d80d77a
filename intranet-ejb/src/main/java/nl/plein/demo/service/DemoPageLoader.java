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
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import nl.plein.common.api.Audience;
import nl.plein.demo.service.DemoPageGenerator.PagePlan;
import nl.plein.demo.service.DemoPageGenerator.RevisionPlan;
import nl.plein.demo.service.DemoPageGenerator.SpaceSource;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.domain.Group;
import nl.plein.pages.domain.KnowledgePage;
import nl.plein.pages.domain.PageText;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;

/**
 * Grows the knowledge base to benchmark size (PLEIN_DEMO_PAGES, e.g. 50,000 pages with their
 * revisions) in departments and open groups. Rows go in with JDBC batches, {@value #CHUNK} pages with
 * their revisions per transaction; the pages are indexed afterwards by the mass indexer. Last come
 * the benchmark's own pages under "{@value #DONE_TITLE}" in the group "Vraag het intranet": one with
 * {@value DemoPageGenerator#LONG_HISTORY} revisions and a long one whose first and last revisions the
 * benchmark compares. The benchmark waits for them.
 */
@Stateless
@LocalBean
@PermitAll
public class DemoPageLoader {
  static final int CHUNK = 500;
  public static final String DONE_TITLE = "Proefgegevens kennisbank";
  public static final String LONG_HISTORY_TITLE = "Handboek met " + DemoPageGenerator.LONG_HISTORY + " versies";
  public static final String LONG_TEXT_TITLE = "Lange beleidsnota";
  private static final Logger LOG = Logger.getLogger(DemoPageLoader.class.getName());
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory emf;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long countPages() {
    return em.createQuery("select count(p) from KnowledgePage p", Long.class).getSingleResult();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean isComplete() {
    return !em.createQuery("select p.id from KnowledgePage p where p.title = :t", UUID.class)
        .setParameter("t", DONE_TITLE).setMaxResults(1).getResultList().isEmpty();
  }

  /** Departments with their people, open groups with their members (at most 200 writers each), by id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<SpaceSource> spaces() {
    Map<UUID, List<UUID>> byDepartment = new HashMap<>();
    Map<UUID, UUID> organisationOf = new HashMap<>();
    em.createQuery("select p.department.id, p.id, p.organisation.id from Person p where p.active = true"
            + " and p.department is not null order by p.department.id, p.id", Object[].class)
        .getResultStream().forEach(r -> {
          List<UUID> people = byDepartment.computeIfAbsent((UUID) r[0], k -> new ArrayList<>());
          if (people.size() < 200) {
            people.add((UUID) r[1]);
          }
          organisationOf.put((UUID) r[0], (UUID) r[2]);
        });
    List<SpaceSource> spaces = new ArrayList<>();
    byDepartment.keySet().stream().sorted().forEach(d -> spaces.add(new SpaceSource(d, false, organisationOf.get(d),
        Audience.organisation(organisationOf.get(d)), byDepartment.get(d))));
    List<Group> open = em.createQuery("select g from Group g where g.archivedAt is null and g.visibility = :v"
        + " order by g.id", Group.class).setParameter("v", GroupVisibility.OPEN).getResultList();
    // All their members in one query, the first 200 of each by id.
    Map<UUID, List<UUID>> members = new HashMap<>();
    em.createQuery("select m.key.groupId, m.key.personId from GroupMember m, Group g where g.id = m.key.groupId"
            + " and g.archivedAt is null and g.visibility = :v order by m.key.groupId, m.key.personId", Object[].class)
        .setParameter("v", GroupVisibility.OPEN).getResultStream().forEach(r -> {
          List<UUID> ids = members.computeIfAbsent((UUID) r[0], k -> new ArrayList<>());
          if (ids.size() < 200) {
            ids.add((UUID) r[1]);
          }
        });
    for (Group g : open) {
      List<UUID> writers = members.getOrDefault(g.getId(), List.of());
      if (!writers.isEmpty()) {
        spaces.add(new SpaceSource(g.getId(), true, g.getOrganisationId(),
            Audience.group(g.getId(), g.getVisibility(), g.isShared(), g.getOrganisationId()), writers));
      }
    }
    return spaces;
  }

  /** One chunk: the pages (parents before their subpages) and all their revisions. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void insert(List<PagePlan> pages, List<List<RevisionPlan>> revisions, List<SpaceSource> spaces) {
    em.unwrap(Session.class).doWork(c -> insert(c, pages, revisions, spaces));
  }

  private static void insert(Connection c, List<PagePlan> pages, List<List<RevisionPlan>> revisions,
      List<SpaceSource> spaces) throws SQLException {
    try (PreparedStatement page = c.prepareStatement("insert into knowledge_page (id, organisation_id,"
            + " department_id, group_id, parent_id, title, source, html, attachment_text, audience, owner_id,"
            + " review_date, revision, created_at, created_by, updated_at, updated_by, helpful_count,"
            + " unhelpful_count, comment_count, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)");
        PreparedStatement revision = c.prepareStatement("insert into page_revision (id, page_id, number, title,"
            + " source, author_id, created_at, note) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < pages.size(); i++) {
        PagePlan p = pages.get(i);
        List<RevisionPlan> history = revisions.get(i);
        RevisionPlan first = history.get(0);
        RevisionPlan last = history.get(history.size() - 1);
        SpaceSource space = spaces.get(p.space());
        page.setObject(1, p.id());
        page.setObject(2, space.organisationId());
        page.setObject(3, space.group() ? null : space.id(), Types.OTHER);
        page.setObject(4, space.group() ? space.id() : null, Types.OTHER);
        page.setObject(5, p.parentId(), Types.OTHER);
        page.setString(6, p.title());
        page.setString(7, last.source());
        page.setString(8, PageText.render(last.source()));
        page.setString(9, space.audience());
        page.setObject(10, p.ownerId());
        page.setObject(11, p.reviewDate());
        page.setInt(12, last.number());
        page.setObject(13, at(first.savedAt()));
        page.setObject(14, first.authorId());
        page.setObject(15, at(last.savedAt()));
        page.setObject(16, last.authorId());
        page.addBatch();
        for (RevisionPlan r : history) {
          revision.setObject(1, UUID.randomUUID());
          revision.setObject(2, p.id());
          revision.setInt(3, r.number());
          revision.setString(4, p.title());
          revision.setString(5, r.source());
          revision.setObject(6, r.authorId());
          revision.setObject(7, at(r.savedAt()));
          revision.setString(8, r.note());
          revision.addBatch();
        }
      }
      page.executeBatch();
      revision.executeBatch();
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The pages into the search index, all at once. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void indexPages() throws InterruptedException {
    try (EntityManager session = emf.createEntityManager()) {
      Search.session(session).massIndexer(KnowledgePage.class).threadsToLoadObjects(2).batchSizeToLoadObjects(200)
          .startAndWait();
    }
  }

  /** The benchmark's pages, as entities (so indexed at commit): the last step, which the benchmark waits for. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void addBenchmarkPages(long seed) {
    Group group = em.createQuery("select g from Group g where g.name = 'Vraag het intranet'", Group.class)
        .getResultStream().findFirst().orElse(null);
    UUID bea = em.createQuery("select a.personId from Account a where a.username = 'beheer'", UUID.class)
        .getSingleResult();
    if (group == null) {
      return;
    }
    String audience = Audience.group(group.getId(), group.getVisibility(), group.isShared(), group.getOrganisationId());
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    LocalDate review = LocalDate.now(ZONE).plusMonths(6);
    List<UUID> writers = em.createQuery("select m.key.personId from GroupMember m where m.key.groupId = :g"
        + " order by m.key.personId", UUID.class).setParameter("g", group.getId()).setMaxResults(50).getResultList();
    KnowledgePage top = new KnowledgePage(group.getOrganisationId(), null, group.getId(), null, audience, DONE_TITLE,
        "Pagina's voor de benchmark.", PageText.render("Pagina's voor de benchmark."), bea, review,
        now.minusSeconds(86_400L * 400));
    em.persist(top);
    em.persist(top.firstRevision(null));
    benchmarkPage(top, LONG_HISTORY_TITLE, DemoPageGenerator.LONG_HISTORY, 12, seed, writers, bea, review, now);
    benchmarkPage(top, LONG_TEXT_TITLE, 30, DemoPageGenerator.LONG_TEXT_PARAGRAPHS, seed + 1, writers, bea, review, now);
  }

  private void benchmarkPage(KnowledgePage top, String title, int revisions, int paragraphs, long seed,
      List<UUID> writers, UUID owner, LocalDate review, Instant now) {
    PagePlan plan = new PagePlan(null, 0, top.getId(), 1, title, seed, revisions, owner, review,
        now.minusSeconds(86_400L * 300));
    List<RevisionPlan> history = DemoPageGenerator.revisions(plan, writers.isEmpty() ? List.of(owner) : writers,
        paragraphs);
    RevisionPlan first = history.get(0);
    KnowledgePage page = new KnowledgePage(top.getOrganisationId(), null, top.getGroupId(), top.getId(),
        top.getAudience(), title, first.source(), PageText.render(first.source()), owner, review, first.savedAt());
    em.persist(page);
    em.persist(page.firstRevision(null));
    for (RevisionPlan r : history.subList(1, history.size())) {
      em.persist(page.edit(page.getRevision(), title, r.source(), PageText.render(r.source()), r.authorId(),
          r.savedAt(), r.note(), null));
    }
  }

  /** Called outside a transaction: each chunk commits on its own. */
  public static void growTo(DemoPageLoader self, int target) {
    if (self.isComplete()) {
      return;
    }
    long start = System.nanoTime();
    long existing = self.countPages();
    if (existing < target) {
      List<SpaceSource> spaces = self.spaces();
      DemoPageGenerator generator = new DemoPageGenerator(DemoDataLoader.SEED + existing, spaces, Instant.now(),
          LocalDate.now(ZONE));
      long revisionCount = 0;
      for (int done = (int) existing; done < target; ) {
        List<PagePlan> chunk = new ArrayList<>(CHUNK);
        List<List<RevisionPlan>> histories = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && done < target) {
          PagePlan plan = generator.next(done++);
          chunk.add(plan);
          histories.add(generator.revisions(plan));
          revisionCount += plan.revisions();
        }
        self.insert(chunk, histories, spaces);
        if (done % 10_000 == 0) {
          int n = done;
          LOG.info(() -> "Benchmark data: " + n + " of " + target + " knowledge pages");
        }
      }
      long revisionsWritten = revisionCount;
      LOG.info(() -> "Benchmark knowledge pages written (" + revisionsWritten + " revisions) in "
          + (System.nanoTime() - start) / 1_000_000_000 + " s");
    }
    long indexStart = System.nanoTime();
    try {
      self.indexPages();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    LOG.info(() -> "Benchmark knowledge pages indexed in " + (System.nanoTime() - indexStart) / 1_000_000_000 + " s");
    self.addBenchmarkPages(DemoDataLoader.SEED);
  }
}
