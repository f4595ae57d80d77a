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

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long countGroups() {
    return em.createQuery("select count(g) from Group g", Long.class).getSingleResult();
  }

  /** Sort names of the active people, by id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Map<UUID, String> sortNames() {
    Map<UUID, String> names = new HashMap<>();
    em.createQuery("select p.id, p.sortName from Person p where p.active = true", Object[].class)
        .getResultStream().forEach(r -> names.put((UUID) r[0], (String) r[1]));
    return names;
  }

  /** Ids of the active people, per organisation (as "organisationId" -> person ids). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Map<UUID, List<UUID>> peopleByOrganisation() {
    Map<UUID, List<UUID>> people = new HashMap<>();
    em.createQuery("select p.organisation.id, p.id from Person p where p.active = true order by p.sortName, p.id", Object[].class)
        .getResultStream()
        .forEach(r -> people.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>()).add((UUID) r[1]));
    return people;
  }

  /** One group with its members; the first member administers it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void addGroup(DemoGroupGenerator.GroupPlan plan, UUID organisationId, List<UUID> members,
      Map<UUID, String> sortNames) {
    java.time.Instant now = java.time.Instant.now();
    java.time.Instant created = now.minus(java.time.Duration.ofDays(plan.daysSinceActivity() + 60L));
    String name = plan.name();
    for (int n = 2; nameTaken(name, plan, organisationId); n++) {
      name = plan.name() + " " + n; // the demo's own groups may already use the name in this scope
    }
    nl.plein.groups.domain.Group group = new nl.plein.groups.domain.Group(name, plan.description(),
        plan.visibility(), organisationId, plan.shared(), members.get(0), created);
    group.recountedMembers(members.size());
    group.recordActivity(now.minus(java.time.Duration.ofDays(plan.daysSinceActivity())));
    em.persist(group);
    em.flush();
    // Index the group now: clearing the session below would otherwise drop its indexing work.
    org.hibernate.search.mapper.orm.Search.session(em).indexingPlan().process();
    for (int i = 0; i < members.size(); i++) {
      em.persist(new nl.plein.groups.domain.GroupMember(group.getId(), members.get(i), sortNames.get(members.get(i)),
          i == 0 ? nl.plein.groups.api.GroupRole.ADMIN : nl.plein.groups.api.GroupRole.MEMBER, created));
      if (i % 1000 == 999) {
        em.flush();
        em.clear();
      }
    }
  }

  private boolean nameTaken(String name, DemoGroupGenerator.GroupPlan plan, UUID organisationId) {
    if (plan.visibility() == nl.plein.groups.api.GroupVisibility.SECRET) {
      return false;
    }
    return em.createQuery("select count(g) from Group g where g.scopeKey = :s and g.nameKey = :k", Long.class)
        .setParameter("s", plan.shared() ? "shared" : organisationId.toString())
        .setParameter("k", nl.plein.groups.domain.GroupNames.key(name))
        .getSingleResult() > 0;
  }

  /** Benchmarks: grows the groups to {@code target} (PLEIN_DEMO_GROUPS), after the people. */
  public static void growGroupsTo(DemoScaleLoader self, int target) {
    long existing = self.countGroups();
    if (existing >= target) {
      return;
    }
    long start = System.nanoTime();
    Map<UUID, List<UUID>> byOrganisation = self.peopleByOrganisation();
    Map<UUID, String> sortNames = self.sortNames();
    List<UUID> organisations = byOrganisation.keySet().stream().sorted().toList();
    List<UUID> everyone = byOrganisation.values().stream().flatMap(List::stream).toList();
    Map<UUID, UUID> organisationOf = new HashMap<>();
    byOrganisation.forEach((org, ids) -> ids.forEach(id -> organisationOf.put(id, org)));
    java.util.Random random = new java.util.Random(DemoDataLoader.SEED);
    List<DemoGroupGenerator.GroupPlan> plans = DemoGroupGenerator.generate((int) (target - existing), DemoDataLoader.SEED);
    int done = 0;
    for (DemoGroupGenerator.GroupPlan plan : plans) {
      UUID organisation = organisations.get(random.nextInt(organisations.size()));
      List<UUID> pool = plan.shared() ? everyone : byOrganisation.get(organisation);
      List<UUID> members = sample(pool, Math.min(plan.members(), pool.size()), random);
      if (plan.shared()) {
        // A shared group still belongs to the organisation of its first administrator.
        organisation = organisationOf.get(members.get(0));
      }
      Map<UUID, String> names = new HashMap<>();
      members.forEach(id -> names.put(id, sortNames.get(id)));
      self.addGroup(plan, organisation, members, names);
      if (++done % 200 == 0) {
        int n = done;
        LOG.info(() -> "Benchmark data: " + n + " of " + plans.size() + " groups");
      }
    }
    LOG.info(() -> "Benchmark groups loaded in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
  }

  private static List<UUID> sample(List<UUID> pool, int size, java.util.Random random) {
    if (size >= pool.size() / 2) {
      List<UUID> copy = new java.util.ArrayList<>(pool);
      java.util.Collections.shuffle(copy, random);
      return List.copyOf(copy.subList(0, size));
    }
    java.util.Set<UUID> chosen = new java.util.LinkedHashSet<>();
    while (chosen.size() < size) {
      chosen.add(pool.get(random.nextInt(pool.size())));
    }
    return List.copyOf(chosen);
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
