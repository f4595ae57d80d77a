package nl.plein.demo.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import nl.plein.accounts.api.ApiScope;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.domain.Account;
import nl.plein.accounts.domain.ApiToken;
import nl.plein.accounts.domain.LocalCredential;
import nl.plein.accounts.service.PasswordHasher;
import nl.plein.accounts.service.TokenHashing;
import nl.plein.demo.service.DemoDataGenerator.DemoData;
import nl.plein.demo.service.DemoDataGenerator.DepartmentPlan;
import nl.plein.demo.service.DemoDataGenerator.LocationPlan;
import nl.plein.demo.service.DemoDataGenerator.OrganisationPlan;
import nl.plein.demo.service.DemoDataGenerator.PersonPlan;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Installation;
import nl.plein.organisations.domain.Location;
import nl.plein.organisations.domain.Organisation;
import nl.plein.people.domain.ExpertiseTag;
import nl.plein.people.domain.Person;
import nl.plein.people.domain.TagNames;
import nl.plein.people.domain.PersonName;

/**
 * Loads the demo installation on the first start in demo mode, and takes demo access away when
 * the installation runs without demo mode.
 */
@Stateless
@LocalBean
@PermitAll
public class DemoDataLoader {
  public static final String DEMO_PASSWORD = "plein";
  public static final String DEMO_TOKEN = "plein-demo-token";
  /** A personal token of the demo employee: the API's "own profile" answers for her. */
  public static final String DEMO_PERSONAL_TOKEN = "plein-demo-medewerker-token";
  static final int DEMO_PEOPLE = 56;
  static final long SEED = 2026L;
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject jakarta.enterprise.event.Event<Object> events;

  /** Demo accounts: user name, display name, function, organisation index, department, role. */
  private record DemoAccount(
      String username, String given, String prefix, String surname, String function, int organisation,
      String department, Role role, Integer roleOrganisation) {}

  private static final List<DemoAccount> DEMO_ACCOUNTS =
      List.of(
          new DemoAccount("beheer", "Bea", "van", "Heerden", "Functioneel beheerder intranet", 0,
              "Bedrijfsvoering/ICT", Role.FUNCTIONAL_ADMIN, null),
          new DemoAccount("medewerker", "Mila", "de", "Wit", "Medewerker burgerzaken", 0,
              "Dienstverlening/Burgerzaken", null, null),
          new DemoAccount("redacteur", "Ricardo", null, "Dekkers", "Webredacteur", 1,
              "Bestuur en organisatie/Communicatie", Role.CONTENT_EDITOR, 1),
          new DemoAccount("community", "Carmen", null, "Mulders", "Communitymanager intranet", 0,
              "Bedrijfsvoering", Role.COMMUNITY_MANAGER, null),
          new DemoAccount("ambassadeur", "Arjen", "de", "Bruin", "Hovenier", 0,
              "Ruimte/Openbare ruimte/Groen", Role.AMBASSADOR, null),
          new DemoAccount("communicatie", "Noor", null, "Jansen", "Communicatieadviseur intranet", 0,
              "Bedrijfsvoering", Role.CONTENT_EDITOR, null));

  public void loadIfEmpty() {
    if (em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() > 0) {
      restoreDemoAccess();
      addMissingDemoAccounts(); // a demo database from before an account was added
      if (em.createQuery("select count(g) from Group g", Long.class).getSingleResult() == 0) {
        DemoGroups.load(em, Instant.now(), events::fire); // a demo database from before groups existed
      }
      if (em.createQuery("select count(p) from Post p", Long.class).getSingleResult() == 0) {
        DemoPosts.load(em, Instant.now()); // a demo database from before the timeline existed
      }
      if (em.createQuery("select count(p) from KnowledgePage p", Long.class).getSingleResult() == 0) {
        DemoPages.load(em, Instant.now()); // a demo database from before knowledge pages existed
      }
      if (em.createQuery("select count(n) from NewsItem n", Long.class).getSingleResult() == 0) {
        DemoNews.load(em, Instant.now()); // a demo database from before news existed
      }
      return;
    }
    DemoData data = DemoDataGenerator.generate(DEMO_PEOPLE, SEED);
    Installation installation = em.find(Installation.class, Installation.ID);
    installation.changeSettings("Het Plein", installation.getTheme(), installation.getPrimaryColor(), false);
    List<Organisation> organisations = new ArrayList<>();
    Map<String, Department> departments = new HashMap<>();
    List<List<Location>> locations = new ArrayList<>();
    for (int i = 0; i < data.organisations().size(); i++) {
      OrganisationPlan plan = data.organisations().get(i);
      Organisation o = new Organisation(plan.name(), plan.shortName());
      em.persist(o);
      organisations.add(o);
      for (DepartmentPlan d : plan.departments()) {
        persistDepartment(i, o, null, "", d, departments);
      }
      List<Location> orgLocations = new ArrayList<>();
      for (LocationPlan l : plan.locations()) {
        Location location = new Location(o, l.name(), l.street(), l.postalCode(), l.city());
        em.persist(location);
        orgLocations.add(location);
      }
      locations.add(orgLocations);
    }
    Map<String, Person> managers = new HashMap<>();
    Map<String, ExpertiseTag> tags = new HashMap<>();
    for (PersonPlan p : data.people()) {
      Person person =
          new Person(organisations.get(p.organisation()), new PersonName(p.givenName(), p.surnamePrefix(), p.surname()));
      String key = p.organisation() + ":" + p.departmentPath();
      Department department = departments.get(key);
      Person manager = managers.get(key);
      if (manager == null && p.departmentPath().contains("/")) {
        // The first of a department reports to the first of the department above it.
        manager = managers.get(p.organisation() + ":" + p.departmentPath().substring(0, p.departmentPath().lastIndexOf('/')));
      }
      person.placeIn(department, locations.get(p.organisation()).get(p.location()), manager);
      person.describe(p.functionTitle(), p.email(), p.phone());
      person.describePersonally(p.mobilePhone(), java.util.EnumSet.copyOf(
          p.workingDays().isEmpty() ? java.util.EnumSet.noneOf(java.time.DayOfWeek.class) : p.workingDays()),
          null, null, p.languages(), p.bio());
      person.replaceExpertise(p.expertise().stream().map(name -> tags.computeIfAbsent(TagNames.key(name), k -> {
        ExpertiseTag tag = new ExpertiseTag(name);
        em.persist(tag);
        return tag;
      })).toList());
      em.persist(person);
      managers.putIfAbsent(key, person);
    }
    em.flush(); // accounts refer to people by id only, so Hibernate cannot order those inserts
    String passwordHash = hasher.hash(DEMO_PASSWORD);
    for (DemoAccount d : DEMO_ACCOUNTS) {
      addDemoAccount(d, organisations, departments.get(d.organisation() + ":" + d.department()),
          locations.get(d.organisation()).get(0), passwordHash);
    }
    ApiToken token =
        new ApiToken("Demo-koppeling", TokenHashing.hash(DEMO_TOKEN), TokenHashing.prefix(DEMO_TOKEN),
            Set.of(ApiScope.READ), null, null);
    token.markDemo();
    em.persist(token);
    addPersonalToken();
    em.flush();
    DemoGroups.load(em, Instant.now(), events::fire);
    em.flush();
    DemoPosts.load(em, Instant.now());
    DemoPages.load(em, Instant.now());
    DemoNews.load(em, Instant.now());
    LOG.info(() -> "Loaded demo data: " + organisations.size() + " organisations, "
        + (data.people().size() + DEMO_ACCOUNTS.size()) + " people, " + DEMO_ACCOUNTS.size() + " demo accounts");
  }

  /** Outside demo mode, demo accounts cannot log in and the demo token no longer works. */
  public void removeDemoAccess() {
    int accounts =
        em.createQuery("update Account a set a.enabled = false where a.demo = true and a.enabled = true")
            .executeUpdate();
    int tokens =
        em.createQuery("update ApiToken t set t.revokedAt = :now where t.demo = true and t.revokedAt is null")
            .setParameter("now", Instant.now())
            .executeUpdate();
    if (accounts + tokens > 0) {
      LOG.warning(() -> "Not in demo mode: disabled " + accounts + " demo accounts and revoked " + tokens + " demo tokens");
    }
  }

  private void addDemoAccount(DemoAccount d, List<Organisation> organisations, Department department, Location location,
      String passwordHash) {
    Organisation o = organisations.get(d.organisation());
    Person person = new Person(o, new PersonName(d.given(), d.prefix(), d.surname()));
    person.placeIn(department, location, null);
    String email = DemoDataGenerator.emailLocalPart(d.given(), d.prefix(), d.surname()) + "@"
        + DemoDataGenerator.organisations().get(d.organisation()).domain();
    person.describe(d.function(), email, "14 0180");
    em.persist(person);
    em.flush();
    Account account = new Account(d.username(), person.name().displayName(), email, o.getId());
    account.linkPerson(person.getId());
    account.markDemo();
    if (d.role() != null) {
      account.grant(d.role(), d.roleOrganisation() == null ? null : organisations.get(d.roleOrganisation()).getId());
    }
    em.persist(account);
    em.persist(new LocalCredential(account.getId(), passwordHash));
  }

  /** Demo accounts that an older demo database lacks, in their organisation's department by name. */
  private void addMissingDemoAccounts() {
    List<Organisation> organisations = new ArrayList<>();
    for (OrganisationPlan plan : DemoDataGenerator.organisations()) {
      em.createQuery("select o from Organisation o where o.name = :n", Organisation.class).setParameter("n", plan.name())
          .getResultStream().findFirst().ifPresent(organisations::add);
    }
    for (DemoAccount d : DEMO_ACCOUNTS) {
      boolean exists = !em.createQuery("select a.id from Account a where a.username = :u", UUID.class)
          .setParameter("u", d.username()).getResultList().isEmpty();
      if (exists || organisations.size() <= Math.max(d.organisation(), d.roleOrganisation() == null ? 0 : d.roleOrganisation())) {
        continue;
      }
      Organisation o = organisations.get(d.organisation());
      Department department = null;
      for (String name : d.department().split("/")) {
        Department parent = department;
        var query = em.createQuery("select d from Department d where d.organisation = :o and d.name = :n"
            + (parent == null ? " and d.parent is null" : " and d.parent = :p"), Department.class)
            .setParameter("o", o).setParameter("n", name);
        if (parent != null) {
          query.setParameter("p", parent);
        }
        department = query.getResultStream().findFirst().orElse(null);
        if (department == null) {
          break;
        }
      }
      Location location = em.createQuery("select l from Location l where l.organisation = :o order by l.createdAt",
          Location.class).setParameter("o", o).setMaxResults(1).getResultStream().findFirst().orElse(null);
      if (department != null && location != null) {
        addDemoAccount(d, organisations, department, location, hasher.hash(DEMO_PASSWORD));
      }
    }
  }

  private void restoreDemoAccess() {
    em.createQuery("update Account a set a.enabled = true where a.demo = true").executeUpdate();
    em.createQuery("update ApiToken t set t.revokedAt = null where t.demo = true").executeUpdate();
    boolean hasPersonalToken = !em.createQuery("select t.id from ApiToken t where t.tokenHash = :h", UUID.class)
        .setParameter("h", TokenHashing.hash(DEMO_PERSONAL_TOKEN)).getResultList().isEmpty();
    if (!hasPersonalToken) {
      addPersonalToken(); // a demo database from before personal tokens (V3)
    }
  }

  /** Mila's personal read+write token, acting for her, as the API guide's examples use it. */
  private void addPersonalToken() {
    Account employee = em.createQuery("select a from Account a where a.username = 'medewerker'", Account.class)
        .getSingleResult();
    ApiToken personal = new ApiToken("Persoonlijk token van Mila de Wit", TokenHashing.hash(DEMO_PERSONAL_TOKEN),
        TokenHashing.prefix(DEMO_PERSONAL_TOKEN), Set.of(ApiScope.READ, ApiScope.WRITE), null, employee.getId());
    personal.actFor(employee.getId());
    personal.markDemo();
    em.persist(personal);
  }

  private void persistDepartment(
      int orgIndex, Organisation o, Department parent, String prefix, DepartmentPlan plan, Map<String, Department> byPath) {
    Department d = new Department(o, parent, plan.name());
    em.persist(d);
    String path = prefix.isEmpty() ? plan.name() : prefix + "/" + plan.name();
    byPath.put(orgIndex + ":" + path, d);
    for (DepartmentPlan child : plan.children()) {
      persistDepartment(orgIndex, o, d, path, child, byPath);
    }
  }
}
