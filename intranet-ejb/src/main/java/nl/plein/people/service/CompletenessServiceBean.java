package nl.plein.people.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.people.api.Completeness;
import nl.plein.people.api.CompletenessService;
import nl.plein.people.api.DepartmentCompleteness;
import nl.plein.people.domain.Person;
import nl.plein.people.domain.ProfileCompleteness;

@Stateless
public class CompletenessServiceBean implements CompletenessService {
  @PersistenceContext EntityManager em;
  @Inject PeopleAccessPolicy policy;
  @Inject CurrentUser user;

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public Completeness getOwnCompleteness() {
    UUID id = policy.callerPersonId().orElseThrow(() -> new NotFoundException("error.person.noProfile"));
    return ProfileCompleteness.of(em.find(Person.class, id));
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public Completeness getCompleteness(UUID personId) {
    Person person = policy.checkSee(em.find(Person.class, personId));
    policy.checkEdit(person);
    return ProfileCompleteness.of(person);
  }

  /**
   * Scores are computed from the profiles themselves (no stored score to go stale). People are
   * read in pages of 500 with their tags batch-fetched; fine up to tens of thousands of people.
   */
  @Override
  @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.FUNCTIONAL_ADMIN})
  public Page<DepartmentCompleteness> departmentOverview(UUID organisationId, PageRequest page) {
    if (organisationId != null && !mayView(organisationId)) {
      throw AccessDeniedException.generic();
    }
    Optional<Set<UUID>> scope = organisationId != null ? Optional.of(Set.of(organisationId)) : scopeOfCaller();
    Map<UUID, int[]> totals = new HashMap<>(); // department -> people, score sum, complete
    Map<UUID, String[]> names = new HashMap<>();
    int batch = 500;
    for (int first = 0; ; first += batch) {
      List<Person> people = em.createQuery(
              "select p from Person p join fetch p.department join fetch p.organisation"
                  + " where p.active = true and (:all = true or p.organisation.id in :orgs) order by p.id",
              Person.class)
          .setParameter("all", scope.isEmpty())
          .setParameter("orgs", scope.orElse(Set.of(new UUID(0, 0))))
          .setFirstResult(first).setMaxResults(batch).getResultList();
      for (Person p : people) {
        int score = ProfileCompleteness.of(p).score();
        int[] t = totals.computeIfAbsent(p.getDepartment().getId(), k -> new int[3]);
        t[0]++;
        t[1] += score;
        t[2] += score >= COMPLETE_FROM ? 1 : 0;
        names.putIfAbsent(p.getDepartment().getId(), new String[] {p.getDepartment().getName(), p.getOrganisation().getName()});
      }
      em.clear();
      if (people.size() < batch) {
        break;
      }
    }
    List<DepartmentCompleteness> all = new ArrayList<>();
    totals.forEach((id, t) -> all.add(new DepartmentCompleteness(id, names.get(id)[0], names.get(id)[1], t[0],
        Math.round((float) t[1] / t[0]), t[2])));
    all.sort(Comparator.comparingInt(DepartmentCompleteness::averageScore).reversed()
        .thenComparing(DepartmentCompleteness::departmentName));
    List<DepartmentCompleteness> items = all.stream().skip(page.offset()).limit(page.size()).toList();
    return new Page<>(items, page.page(), page.size(), all.size());
  }

  @Override
  @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.FUNCTIONAL_ADMIN})
  public Optional<Set<UUID>> campaignOrganisations() {
    return scopeOfCaller();
  }

  private boolean mayView(UUID organisationId) {
    return user.hasRoleFor(Role.COMMUNITY_MANAGER, organisationId) || user.hasRoleFor(Role.FUNCTIONAL_ADMIN, organisationId);
  }

  /** Installation-wide managers see all organisations, others those they hold the role for. */
  private Optional<Set<UUID>> scopeOfCaller() {
    if (user.hasInstallationRole(Role.COMMUNITY_MANAGER) || user.hasInstallationRole(Role.FUNCTIONAL_ADMIN)) {
      return Optional.empty();
    }
    Set<UUID> orgs = new java.util.HashSet<>(user.organisationsWithRole(Role.COMMUNITY_MANAGER));
    orgs.addAll(user.organisationsWithRole(Role.FUNCTIONAL_ADMIN));
    return Optional.of(orgs);
  }
}
