package nl.plein.people.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.organisations.domain.Department;
import nl.plein.people.api.OrgChart;
import nl.plein.people.api.PersonProfile;
import nl.plein.media.service.PhotoProcessor;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;
import nl.plein.people.api.PersonSummary;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.people.api.UpdateProfileRequest;
import nl.plein.people.domain.Person;
import nl.plein.people.domain.PersonFollow;
import nl.plein.people.domain.PersonPhoto;

@Stateless
public class PersonServiceBean implements PersonService {

  private static final int MAX_CHART_PEOPLE = 50;

  @PersistenceContext EntityManager em;
  @Inject PeopleAccessPolicy policy;
  @Inject ProfileEditor editor;

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public PersonProfile getProfile(UUID personId) {
    Person person = policy.checkSee(em.find(Person.class, personId));
    return PersonMapper.profile(person, policy, isFollowing(person.getId()));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public PersonProfile getOwnProfile() {
    UUID id = policy.callerPersonId().orElseThrow(() -> new NotFoundException("error.person.noProfile"));
    return getProfile(id);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public PersonProfile updateProfile(UUID personId, UpdateProfileRequest request) {
    Person person = policy.checkSee(em.find(Person.class, personId));
    policy.checkEdit(person);
    editor.apply(person, request);
    return PersonMapper.profile(person, policy, isFollowing(person.getId()));
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void uploadPhoto(UUID personId, byte[] content) {
    Person person = policy.checkSee(em.find(Person.class, personId));
    policy.checkEdit(person);
    Map<PhotoSize, byte[]> sizes = PhotoProcessor.process(content, PhotoProcessor.maxBytes());
    PersonPhoto photo = em.find(PersonPhoto.class, personId);
    if (photo == null) {
      photo = new PersonPhoto(personId);
      photo.replace(sizes, java.time.Instant.now());
      em.persist(photo);
    } else {
      photo.replace(sizes, java.time.Instant.now());
    }
    person.markPhoto(true);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void removePhoto(UUID personId) {
    Person person = policy.checkSee(em.find(Person.class, personId));
    policy.checkEdit(person);
    PersonPhoto photo = em.find(PersonPhoto.class, personId);
    if (photo != null) {
      em.remove(photo);
    }
    person.markPhoto(false);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Optional<Photo> findPhoto(UUID personId, PhotoSize size) {
    Person person = policy.checkSee(em.find(Person.class, personId));
    if (!person.hasPhoto()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(PersonPhoto.class, personId))
        .map(p -> new Photo(p.content(size), person.getVersion(), p.getUpdatedAt()));
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void follow(UUID personId) {
    Person person = policy.checkSee(em.find(Person.class, personId));
    UUID me = policy.callerPersonId().orElseThrow(() -> new NotFoundException("error.person.noProfile"));
    if (me.equals(person.getId())) {
      throw ValidationException.of("person", "error.person.followSelf");
    }
    if (!isFollowing(person.getId())) {
      em.persist(new PersonFollow(me, person.getId()));
    }
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void unfollow(UUID personId) {
    policy.callerPersonId()
        .map(me -> em.find(PersonFollow.class, new PersonFollow.Key(me, personId)))
        .ifPresent(em::remove);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public Page<PersonRef> listFollowing(PageRequest page) {
    UUID me = policy.callerPersonId().orElseThrow(() -> new NotFoundException("error.person.noProfile"));
    // Visibility is part of the query, so the total never counts people the caller may not see.
    Optional<Set<UUID>> only = policy.visibleOrganisations();
    if (only.isPresent() && only.get().isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    String where = " from PersonFollow f, Person p where f.key.followerId = :me and p.id = f.key.followedId"
        + " and p.active = true" + (only.isPresent() ? " and p.organisation.id in :orgs" : "");
    var count = em.createQuery("select count(f)" + where, Long.class).setParameter("me", me);
    var items = em.createQuery("select p" + where + " order by p.sortName", Person.class).setParameter("me", me);
    only.ifPresent(orgs -> {
      count.setParameter("orgs", orgs);
      items.setParameter("orgs", orgs);
    });
    return new Page<>(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(PersonMapper::ref).toList(),
        page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Map<UUID, PersonRef> findRefs(java.util.Collection<UUID> personIds) {
    Optional<Set<UUID>> only = policy.visibleOrganisations();
    if (personIds.isEmpty() || (only.isPresent() && only.get().isEmpty())) {
      return java.util.Map.of();
    }
    var query = em.createQuery("select p from Person p where p.id in :ids and p.active = true"
        + (only.isPresent() ? " and p.organisation.id in :orgs" : ""), Person.class)
        .setParameter("ids", Set.copyOf(personIds));
    only.ifPresent(orgs -> query.setParameter("orgs", orgs));
    return query.getResultStream().collect(java.util.stream.Collectors.toMap(Person::getId, PersonMapper::ref));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public List<PersonRef> findByGivenNames(java.util.Collection<String> givenNames) {
    Optional<Set<UUID>> only = policy.visibleOrganisations();
    if (givenNames.isEmpty() || (only.isPresent() && only.get().isEmpty())) {
      return List.of();
    }
    var query = em.createQuery("select p from Person p where lower(p.givenName) in :names and p.active = true"
        + (only.isPresent() ? " and p.organisation.id in :orgs" : ""), Person.class)
        .setParameter("names", Set.copyOf(givenNames));
    only.ifPresent(orgs -> query.setParameter("orgs", orgs));
    return query.setMaxResults(1000).getResultStream().map(PersonMapper::ref).toList();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public long countPeopleOf(UUID organisationId) {
    return em.createQuery("select count(p) from Person p where p.organisation.id = :o and p.active = true", Long.class)
        .setParameter("o", organisationId).getSingleResult();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Set<UUID> findFollowedIds() {
    return policy.callerPersonId()
        .map(me -> Set.copyOf(em.createQuery(
                "select f.key.followedId from PersonFollow f where f.key.followerId = :me", UUID.class)
            .setParameter("me", me).getResultList()))
        .orElse(Set.of());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public OrgChart getOrgChart(UUID personId) {
    Person person = policy.checkSee(em.find(Person.class, personId));
    List<PersonRef> line = new ArrayList<>();
    Set<UUID> seen = new java.util.HashSet<>(Set.of(person.getId()));
    for (Person m = person.getManager(); m != null && seen.add(m.getId()); m = m.getManager()) {
      if (visible(m)) {
        line.add(PersonMapper.ref(m));
      }
    }
    List<PersonRef> peers = person.getManager() == null ? List.of() : reportsOf(person.getManager()).stream()
        .filter(p -> !p.getId().equals(person.getId())).map(PersonMapper::ref).toList();
    List<PersonRef> reports = reportsOf(person).stream().map(PersonMapper::ref).toList();
    return new OrgChart(PersonMapper.ref(person), line, peers, reports);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<PersonSummary> listDepartmentPeople(UUID departmentId, PageRequest page) {
    Department department = em.find(Department.class, departmentId);
    if (department == null
        || !policy.visibleOrganisations().map(s -> s.contains(department.getOrganisation().getId())).orElse(true)) {
      throw new NotFoundException("error.department.notFound");
    }
    String where = " where p.department.id = :d and p.active = true";
    List<Person> people = em.createQuery("select p from Person p" + where + " order by p.sortName", Person.class)
        .setParameter("d", departmentId)
        .setFirstResult(page.offset()).setMaxResults(page.size())
        .getResultList();
    long total = em.createQuery("select count(p) from Person p" + where, Long.class)
        .setParameter("d", departmentId).getSingleResult();
    return new Page<>(people.stream().map(PersonMapper::summary).toList(), page.page(), page.size(), total);
  }

  private List<Person> reportsOf(Person manager) {
    return em.createQuery(
            "select p from Person p where p.manager = :m and p.active = true order by p.sortName", Person.class)
        .setParameter("m", manager)
        .setMaxResults(MAX_CHART_PEOPLE)
        .getResultStream().filter(this::visible).toList();
  }

  private boolean visible(Person p) {
    return p.isActive() && policy.visibleOrganisations().map(s -> s.contains(p.getOrganisation().getId())).orElse(true);
  }

  private boolean isFollowing(UUID personId) {
    return policy.callerPersonId()
        .map(me -> em.find(PersonFollow.class, new PersonFollow.Key(me, personId)) != null)
        .orElse(false);
  }
}
