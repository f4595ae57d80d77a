package nl.plein.people.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import nl.plein.people.domain.Person;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Keeps the people index whole: changes are indexed as they are saved; this rebuilds the index in
 * the background when it is empty while people exist (a new node, a lost index, an upgrade that
 * added indexing), logging its progress.
 */
@Singleton
@Startup
@DependsOn("InstallationBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexMaintenance {
  private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class.getName());

  @PersistenceUnit EntityManagerFactory emf;

  @Resource ManagedExecutorService executor;

  @PostConstruct
  void rebuildIfEmpty() {
    try (var em = emf.createEntityManager()) {
      SearchSession search = Search.session(em);
      long indexed = search.search(Person.class).where(f -> f.matchAll()).fetchTotalHitCount();
      long people = em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
      if (indexed == 0 && people > 0) {
        LOG.info(() -> "The people index is empty; rebuilding it for " + people + " people in the background");
        executor.submit(this::rebuild);
      }
    }
  }

  void rebuild() {
    long start = System.nanoTime();
    try (var em = emf.createEntityManager()) {
      Search.session(em).massIndexer(Person.class)
          .threadsToLoadObjects(2)
          .batchSizeToLoadObjects(200)
          .startAndWait();
      LOG.info(() -> "People index rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
