package nl.plein.demo.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import nl.plein.demo.service.DemoDataGenerator.PersonPlan;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Location;
import nl.plein.organisations.domain.Organisation;
import nl.plein.people.domain.ExpertiseTag;
import nl.plein.people.domain.Person;
import nl.plein.people.domain.PersonName;
import nl.plein.people.domain.TagNames;

/**
 * Grows the demo installation to benchmark size (PLEIN_DEMO_PEOPLE, e.g. 30,000) with the same
 * generator, in transactions of {@value #CHUNK} people so memory stays flat. Indexed as it goes.
 */
@Stateless
@LocalBean
@PermitAll
public class DemoScaleLoader {
  static final int CHUNK = 1000;
  private static final Logger LOG = Logger.getLogger(DemoScaleLoader.class.getName());

  @PersistenceContext EntityManager em;

  /** Where generated people go: ids of organisations, departments (by "org:path"), locations. */
  public record Layout(List<UUID> organisations, Map<String, UUID> departments, List<List<UUID>> locations,
      Map<String, UUID> managers) implements java.io.Serializable {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long countPeople() {
    return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Layout layout() {
    List<Organisation> orgs = em.createQuery("select o from Organisation o", Organisation.class).getResultList();
    List<DemoDataGenerator.OrganisationPlan> plans = DemoDataGenerator.organisations();
    List<UUID> orgIds = plans.stream().map(p -> orgs.stream().filter(o -> o.getName().equals(p.name()))
        .findFirst().orElseThrow().getId()).toList();
    Map<String, UUID> departments = new HashMap<>();
    Map<String, UUID> managers = new HashMap<>();
    for (Department d : em.createQuery("select d from Department d", Department.class).getResultList()) {
      int org = orgIds.indexOf(d.getOrganisation().getId());
      String key = org + ":" + path(d);
      departments.put(key, d.getId());
      em.createQuery("select p.id from Person p where p.department = :d order by p.createdAt", UUID.class)
          .setParameter("d", d).setMaxResults(1).getResultStream().findFirst().ifPresent(id -> managers.put(key, id));
    }
    List<List<UUID>> locations = orgIds.stream().map(id -> em.createQuery(
            "select l.id from Location l where l.organisation.id = :o order by l.createdAt", UUID.class)
        .setParameter("o", id).getResultList()).toList();
    return new Layout(orgIds, departments, locations, managers);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void addPeople(List<PersonPlan> plans, Layout layout) {
    Map<String, ExpertiseTag> tags = new HashMap<>();
    for (PersonPlan p : plans) {
      Person person = new Person(em.getReference(Organisation.class, layout.organisations().get(p.organisation())),
          new PersonName(p.givenName(), p.surnamePrefix(), p.surname()));
      String key = p.organisation() + ":" + p.departmentPath();
      UUID manager = layout.managers().get(key);
      person.placeIn(em.getReference(Department.class, layout.departments().get(key)),
          em.getReference(Location.class, layout.locations().get(p.organisation()).get(p.location())),
          manager == null ? null : em.getReference(Person.class, manager));
      person.describe(p.functionTitle(), p.email(), p.phone());
      person.describePersonally(p.mobilePhone(),
          p.workingDays().isEmpty() ? EnumSet.noneOf(java.time.DayOfWeek.class) : EnumSet.copyOf(p.workingDays()),
          null, null, p.languages(), p.bio());
      person.replaceExpertise(p.expertise().stream().map(name -> tags.computeIfAbsent(TagNames.key(name), k ->
          em.createQuery("select t from ExpertiseTag t where t.key = :k", ExpertiseTag.class).setParameter("k", k)
              .getResultStream().findFirst().orElseGet(() -> {
                ExpertiseTag t = new ExpertiseTag(name);
                em.persist(t);
                return t;
              }))).toList());
      em.persist(person);
    }
  }

  /** Called outside a transaction: each chunk commits on its own. */
  public static void growTo(DemoScaleLoader self, int target) {
    long existing = self.countPeople();
    if (existing >= target) {
      return;
    }
    long start = System.nanoTime();
    List<PersonPlan> all = DemoDataGenerator.generate(target, DemoDataLoader.SEED).people();
    Layout layout = self.layout();
    for (int from = (int) existing; from < target; from += CHUNK) {
      self.addPeople(List.copyOf(all.subList(from, Math.min(target, from + CHUNK))), layout);
      int done = Math.min(target, from + CHUNK);
      LOG.info(() -> "Benchmark data: " + done + " of " + target + " people");
    }
    LOG.info(() -> "Benchmark data loaded in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
  }

  private static String path(Department d) {
    return d.getParent() == null ? d.getName() : path(d.getParent()) + "/" + d.getName();
  }
}
