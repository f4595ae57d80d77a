package nl.plein.platform.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import nl.plein.demo.service.DemoDataLoader;
import nl.plein.demo.service.DemoScaleLoader;

/**
 * First-start work after the schema is current: the installation row, the first administrator
 * (from the environment) and, in demo mode, the demo data.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step below is its own transaction
public class InstallationBootstrap {
  private static final Logger LOG = Logger.getLogger(InstallationBootstrap.class.getName());

  @EJB InstallationSetup setup;
  @EJB DemoDataLoader demo;
  @EJB DemoScaleLoader scale;
  @EJB nl.plein.demo.service.DemoActivityLoader activities;
  @EJB nl.plein.demo.service.DemoPageLoader knowledgePages;
  @EJB nl.plein.demo.service.DemoNewsLoader newsLoader;
  @EJB nl.plein.groups.api.GroupStewardshipService stewardship;
  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @PostConstruct
  void start() {
    setup.ensureInstallation();
    if (Boolean.parseBoolean(System.getProperty("plein.demo", "false"))) {
      demo.loadIfEmpty();
      int people = Integer.getInteger("plein.demo.people", 0);
      int groups = Integer.getInteger("plein.demo.groups", 0);
      long posts = Long.getLong("plein.demo.activities", 0);
      int pages = Integer.getInteger("plein.demo.pages", 0);
      int news = Integer.getInteger("plein.demo.news", 0);
      if (people > 0 || groups > 0 || posts > 0 || pages > 0 || news > 0) {
        // Benchmarks (PLEIN_DEMO_PEOPLE=30000, PLEIN_DEMO_GROUPS=2000, PLEIN_DEMO_PAGES=50000,
        // PLEIN_DEMO_NEWS=20000, PLEIN_DEMO_ACTIVITIES=3000000): in the background, so the deployment
        // completes; people first, since groups draw their members from them, then the knowledge
        // pages of both, the news, and the timeline last (the benchmarks wait for its end).
        executor.submit(() -> {
          DemoScaleLoader.growTo(scale, people);
          DemoScaleLoader.growGroupsTo(scale, groups);
          if (pages > 0) {
            nl.plein.demo.service.DemoPageLoader.growTo(knowledgePages, pages);
          }
          if (news > 0) {
            nl.plein.demo.service.DemoNewsLoader.growTo(newsLoader, news);
          }
          if (posts > 0) {
            nl.plein.demo.service.DemoActivityLoader.growTo(activities, posts);
          }
        });
      }
    } else {
      demo.removeDemoAccess();
    }
    String adminPassword = System.getenv("PLEIN_INITIAL_ADMIN_PASSWORD");
    if (adminPassword != null && !adminPassword.isBlank()) {
      setup.ensureInitialAdministrator(
          System.getenv().getOrDefault("PLEIN_INITIAL_ADMIN_USERNAME", "beheerder"), adminPassword);
    }
    // The nightly inactivity check also runs at start: a server that was down at night catches up.
    int inactive = stewardship.markInactiveGroups();
    if (inactive > 0) {
      LOG.info(() -> inactive + " group(s) entered the inactivity queue");
    }
    LOG.info("Plein is ready");
  }
}
