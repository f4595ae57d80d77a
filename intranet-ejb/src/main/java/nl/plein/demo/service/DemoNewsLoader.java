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
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import nl.plein.news.api.NewsKind;
import nl.plein.news.api.NewsTarget;
import nl.plein.news.domain.NewsItem;
import nl.plein.news.domain.NewsTargets;
import nl.plein.news.domain.NewsText;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;

/**
 * Grows the news to benchmark size (PLEIN_DEMO_NEWS, e.g. 20,000 items) over the last two years:
 * about one in seven a blog; a fifth for everyone, the rest for one organisation or one of its
 * departments; written by people of that organisation; read counts drawn from the audience's size.
 * Rows go in with JDBC batches of {@value #CHUNK}; the items are indexed afterwards by the mass indexer.
 */
@Stateless
@LocalBean
@PermitAll
public class DemoNewsLoader {
  static final int CHUNK = 1000;
  private static final Logger LOG = Logger.getLogger(DemoNewsLoader.class.getName());
  private static final String[] TOPICS = {"Nieuwe werkplekken", "Verkiezingen", "Omgevingswet", "Strooiroutes",
      "Zwembad", "Bibliotheek", "Personeelsfeest", "Inloopspreekuur", "Duurzaam werken", "Zaaksysteem",
      "Afvalinzameling", "Bomenplan", "Begroting", "Jubileum", "Fietsplan", "Onderhoud Stadskantoor"};
  private static final String[] SENTENCES = {
      "Vanaf volgende maand verandert er iets voor iedereen die hier werkt.",
      "Lees hieronder wat dit voor jouw werk betekent en wie je kunt bellen.",
      "De **wethouder** opende het project samen met bewoners.",
      "Meld je aan via de kennisbank of vraag het je leidinggevende.",
      "Dank aan alle collega's die hieraan hebben meegewerkt!"};

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory emf;

  /** An organisation: its departments and (up to 500) of its people, by id. */
  public record OrganisationSource(UUID id, List<UUID> departments, List<UUID> people) implements java.io.Serializable {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long countNews() {
    return em.createQuery("select count(n) from NewsItem n", Long.class).getSingleResult();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<OrganisationSource> organisations() {
    List<OrganisationSource> sources = new ArrayList<>();
    for (UUID org : em.createQuery("select o.id from Organisation o order by o.id", UUID.class).getResultList()) {
      sources.add(new OrganisationSource(org,
          em.createQuery("select d.id from Department d where d.organisation.id = :o order by d.id", UUID.class)
              .setParameter("o", org).getResultList(),
          em.createQuery("select p.id from Person p where p.organisation.id = :o and p.active = true order by p.id",
              UUID.class).setParameter("o", org).setMaxResults(500).getResultList()));
    }
    return sources;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void insert(List<Object[]> rows) {
    em.unwrap(Session.class).doWork(c -> {
      try (PreparedStatement s = c.prepareStatement("insert into news_item (id, kind, organisation_id, author_id,"
          + " title, teaser, source, html, targets, image_version, publish_at, created_at, updated_at, read_count,"
          + " reader_count, like_count, comment_count, version) values (?, ?, ?, ?, ?, null, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?,"
          + " ?, 0)")) {
        for (Object[] r : rows) {
          for (int i = 0; i < r.length; i++) {
            s.setObject(i + 1, r[i]);
          }
          s.addBatch();
        }
        s.executeBatch();
      }
    });
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void indexNews() throws InterruptedException {
    try (EntityManager session = emf.createEntityManager()) {
      Search.session(session).massIndexer(NewsItem.class).threadsToLoadObjects(2).batchSizeToLoadObjects(500)
          .startAndWait();
    }
  }

  /** Called outside a transaction: each chunk commits on its own. */
  public static void growTo(DemoNewsLoader self, int target) {
    long existing = self.countNews();
    if (existing >= target) {
      return;
    }
    long start = System.nanoTime();
    List<OrganisationSource> orgs = self.organisations().stream().filter(o -> !o.people().isEmpty()).toList();
    Random random = new Random(DemoDataLoader.SEED + existing);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Map<String, String> html = new HashMap<>();
    List<Object[]> chunk = new ArrayList<>(CHUNK);
    for (long n = existing; n < target; n++) {
      OrganisationSource org = orgs.get(random.nextInt(orgs.size()));
      NewsKind kind = random.nextInt(7) == 0 ? NewsKind.BLOG : NewsKind.NEWS;
      int audience = random.nextInt(5);
      NewsTarget target1;
      Map<UUID, UUID> organisationOf = new HashMap<>();
      if (audience == 0 || org.departments().isEmpty()) {
        target1 = audience == 0 ? NewsTarget.INSTALLATION : new NewsTarget(NewsTarget.Kind.ORGANISATION, org.id());
      } else if (audience <= 2) {
        target1 = new NewsTarget(NewsTarget.Kind.ORGANISATION, org.id());
      } else {
        UUID department = org.departments().get(random.nextInt(org.departments().size()));
        target1 = new NewsTarget(NewsTarget.Kind.DEPARTMENT, department);
        organisationOf.put(department, org.id());
      }
      String source = SENTENCES[random.nextInt(SENTENCES.length)] + "\n\n" + SENTENCES[random.nextInt(SENTENCES.length)];
      String rendered = html.computeIfAbsent(source, NewsText::render);
      // More recent items are more frequent, as on a living intranet.
      Instant at = now.minus(Duration.ofMinutes((long) (Math.pow(random.nextDouble(), 1.6) * 730 * 24 * 60)));
      OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
      long readers = (long) (random.nextDouble() * (target1.kind() == NewsTarget.Kind.DEPARTMENT ? 40 : 600));
      chunk.add(new Object[] {UUID.randomUUID(), kind.name(), org.id(),
          org.people().get(random.nextInt(org.people().size())),
          TOPICS[random.nextInt(TOPICS.length)] + (kind == NewsKind.BLOG ? ": een blog" : ": nieuws") + " " + (n + 1),
          source, rendered, NewsTargets.terms(List.of(target1), organisationOf), when, when, when,
          readers + (long) (readers * random.nextDouble()), readers,
          kind == NewsKind.BLOG ? random.nextInt(30) : 0, 0});
      if (chunk.size() == CHUNK) {
        self.insert(chunk);
        chunk = new ArrayList<>(CHUNK);
      }
    }
    if (!chunk.isEmpty()) {
      self.insert(chunk);
    }
    LOG.info(() -> "Benchmark news (" + target + ") written in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    try {
      long indexStart = System.nanoTime();
      self.indexNews();
      LOG.info(() -> "Benchmark news indexed in " + (System.nanoTime() - indexStart) / 1_000_000 + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
