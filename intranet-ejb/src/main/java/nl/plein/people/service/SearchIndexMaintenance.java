package nl.plein.people.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.organisations.api.OrganisationNamesChanged;
import java.util.logging.Logger;
import nl.plein.people.domain.Person;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Keeps the people index whole: changes are indexed as they are saved; this rebuilds the index in
 * the background when it is empty while people exist (a new node, a lost index) or was written by
 * an older version of Plein, logging how long it took.
 */
@Singleton
@Startup
@DependsOn("InstallationBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexMaintenance {
  private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class.getName());

  @PersistenceUnit EntityManagerFactory emf;

  @Resource ManagedExecutorService executor;

  @jakarta.ejb.EJB PeopleReindexer reindexer;

  /**
   * Raised whenever the index's fields change, so that an upgraded installation rebuilds its
   * index once instead of answering from documents without the new fields.
   */
  static final String INDEX_VERSION = "4";

  static final long REBUILD_INLINE_UP_TO = 5_000;

  @PostConstruct
  void rebuildIfNeeded() {
    try (var em = emf.createEntityManager()) {
      SearchSession search = Search.session(em);
      long indexed = search.search(Person.class).where(f -> f.matchAll()).fetchTotalHitCount();
      long people = em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
      long indexedGroups = search.search(nl.plein.groups.domain.Group.class).where(f -> f.matchAll()).fetchTotalHitCount();
      long groups = em.createQuery("select count(g) from Group g", Long.class).getSingleResult();
      long indexedPosts = search.search(nl.plein.timeline.domain.Post.class).where(f -> f.matchAll()).fetchTotalHitCount();
      long posts = em.createQuery("select count(p) from Post p", Long.class).getSingleResult();
      long indexedPages = search.search(nl.plein.pages.domain.KnowledgePage.class).where(f -> f.matchAll())
          .fetchTotalHitCount();
      long pages = em.createQuery("select count(p) from KnowledgePage p", Long.class).getSingleResult();
      long indexedNews = search.search(nl.plein.news.domain.NewsItem.class).where(f -> f.matchAll()).fetchTotalHitCount();
      long news = em.createQuery("select count(n) from NewsItem n", Long.class).getSingleResult();
      Optional<String> version = readVersion();
      boolean empty = (people > 0 && indexed == 0) || (groups > 0 && indexedGroups == 0) || (posts > 0 && indexedPosts == 0)
          || (pages > 0 && indexedPages == 0) || (news > 0 && indexedNews == 0);
      if (people + groups > 0 && (empty || !version.equals(Optional.of(INDEX_VERSION)))) {
        LOG.info(() -> "Rebuilding the people index (" + people + " people, index version "
            + version.orElse("none") + ", now " + INDEX_VERSION + ")");
        if (people + groups + posts + pages + news <= REBUILD_INLINE_UP_TO) {
          rebuild(); // seconds: the application starts with a complete index
        } else {
          executor.submit(this::rebuild); // searches meanwhile find who is indexed already
        }
      } else {
        writeVersion();
      }
    }
  }

  void rebuild() {
    long start = System.nanoTime();
    try (var em = emf.createEntityManager()) {
      Search.session(em).massIndexer(Person.class, nl.plein.groups.domain.Group.class, nl.plein.timeline.domain.Post.class,
              nl.plein.pages.domain.KnowledgePage.class, nl.plein.news.domain.NewsItem.class)
          .threadsToLoadObjects(2)
          .batchSizeToLoadObjects(200)
          .startAndWait();
      writeVersion();
      LOG.info(() -> "Search index (people, groups, posts, knowledge pages, news) rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * People carry the names of their organisation, department and location in the index (a
   * renamed department must be findable under its new name), but Hibernate Search does not follow
   * those entities on its own (SHALLOW: one rename would otherwise reindex thousands of people
   * inside the administrator's request). After the rename commits, the affected people are
   * reindexed in the background.
   */
  public void onNamesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationNamesChanged change) {
    String path = switch (change.kind()) {
      case ORGANISATION -> "organisation";
      case DEPARTMENT -> "department";
      case LOCATION -> "location";
    };
    executor.submit(() -> reindexWhere(path, change.id()));
  }

  void reindexWhere(String path, UUID id) {
    long start = System.nanoTime();
    List<UUID> ids = reindexer.peopleWhere(path, id);
    for (int from = 0; from < ids.size(); from += PeopleReindexer.BATCH) {
      reindexer.reindex(ids.subList(from, Math.min(ids.size(), from + PeopleReindexer.BATCH)));
    }
    LOG.info(() -> "Reindexed the " + ids.size() + " people of " + path + " " + id + " in "
        + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  private static Path versionFile() {
    return Paths.get(System.getProperty("plein.data.dir", "."), "index", "plein-index-version");
  }

  private static Optional<String> readVersion() {
    try {
      return Files.exists(versionFile()) ? Optional.of(Files.readString(versionFile()).strip()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void writeVersion() {
    try {
      Files.createDirectories(versionFile().getParent());
      Files.writeString(versionFile(), INDEX_VERSION);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot record the index version in " + versionFile() + ": " + e);
    }
  }
}
