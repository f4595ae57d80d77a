package nl.plein.groups.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.common.api.Validator;
import nl.plein.groups.api.GroupDetails;
import nl.plein.groups.api.GroupQuery;
import nl.plein.groups.api.GroupRequest;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupService;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupSummary;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.groups.api.SimilarGroup;
import nl.plein.groups.domain.Group;
import nl.plein.groups.domain.GroupImage;
import nl.plein.groups.domain.GroupInvitation;
import nl.plein.groups.domain.GroupMember;
import nl.plein.groups.domain.GroupNames;
import nl.plein.groups.domain.GroupSimilarity;
import nl.plein.groups.domain.JoinRequest;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.people.domain.Person;
import nl.plein.media.service.PhotoProcessor;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * The group directory (from the index, with visibility as a filter of the query itself), a group's
 * page, creating and changing groups, and the duplicate warning.
 */
@Stateless
public class GroupServiceBean implements GroupService {
  static final int MAX_QUERY = 200;
  private static final int SIMILAR_CANDIDATES = 40;
  private static final int ADMINS_SHOWN = 10;

  @PersistenceContext EntityManager em;
  @Inject GroupAccessPolicy policy;
  @Inject GroupViews views;
  @Inject nl.plein.organisations.api.OrganisationVisibility organisations;

  @jakarta.inject.Inject jakarta.enterprise.event.Event<nl.plein.groups.api.GroupAudienceChanged> audienceChangedEvent;

  Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<GroupSummary> search(GroupQuery query) {
    String text = Validator.clean(query.text());
    new Validator().maxLength("q", text, MAX_QUERY).throwIfInvalid();
    PageRequest page = query.page();
    Set<UUID> mine = policy.memberships().keySet();
    if (query.mine() && mine.isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    SearchResult<GroupSummary> result = Search.session(em).search(Group.class)
        .select(f -> f.composite()
            .from(f.id(UUID.class), f.field("name", String.class), f.field("description", String.class),
                f.field("visibility", GroupVisibility.class), f.field("organisationId", UUID.class),
                f.field("shared", Boolean.class), f.field("status", GroupStatus.class),
                f.field("memberCount", Integer.class), f.field("lastActivityAt", java.time.Instant.class),
                f.field("hasImage", Boolean.class), f.field("version", Integer.class))
            .asList(v -> views.summary((UUID) v.get(0), (String) v.get(1), (String) v.get(2),
                (GroupVisibility) v.get(3), (UUID) v.get(4), Boolean.TRUE.equals(v.get(5)),
                (GroupStatus) v.get(6), (Integer) v.get(7), (java.time.Instant) v.get(8),
                Boolean.TRUE.equals(v.get(9)), (Integer) v.get(10))))
        .where(f -> {
          BooleanPredicateClausesStep<?> b = f.bool();
          b.filter(visible(f));
          if (query.mine()) {
            b.filter(f.id().matchingAny(mine));
          }
          if (query.organisationId() != null) {
            b.filter(f.match().field("organisationId").matching(query.organisationId()));
          }
          if (query.visibility() != null) {
            b.filter(f.match().field("visibility").matching(query.visibility()));
          }
          if (query.status() != null) {
            b.filter(f.match().field("status").matching(query.status()));
          }
          b.must(text == null ? f.matchAll().toPredicate() : words(f, text));
          return b;
        })
        .sort(f -> switch (text == null && query.sort() == GroupQuery.Sort.RELEVANCE ? GroupQuery.Sort.NAME : query.sort()) {
          case NAME -> f.field("sortName");
          case MEMBERS -> f.field("memberCount").desc().then().field("sortName");
          case ACTIVITY -> f.field("lastActivityAt").desc().then().field("sortName");
          case RELEVANCE -> f.score().then().field("sortName");
        })
        .fetch(page.offset(), page.size());
    return new Page<>(result.hits(), page.page(), page.size(), result.total().hitCount());
  }

  /**
   * Open and closed groups in the caller's scope, and every group the caller belongs to or is
   * invited to: secret groups never reach the hits, the total or a count.
   */
  private SearchPredicate visible(SearchPredicateFactory f) {
    BooleanPredicateClausesStep<?> notSecret = f.bool().mustNot(f.match().field("visibility").matching(GroupVisibility.SECRET));
    if (!policy.seesAllOrganisations()) {
      BooleanPredicateClausesStep<?> scope = f.bool().should(f.match().field("shared").matching(true));
      policy.callerOrganisation().ifPresent(org -> scope.should(f.match().field("organisationId").matching(org)));
      notSecret.filter(scope);
    }
    Set<UUID> known = policy.knownGroups();
    if (known.isEmpty()) {
      return notSecret.toPredicate();
    }
    return f.bool().should(notSecret).should(f.id().matchingAny(known)).toPredicate();
  }

  /** Every word in the name or description (Dutch stems), or the text within the name's trigrams. */
  private static SearchPredicate words(SearchPredicateFactory f, String text) {
    return f.bool()
        .should(f.simpleQueryString().field("name").boost(3f).field("description").matching(text)
            .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND))
        .should(f.match().field("nameGrams").matching(text).minimumShouldMatchPercent(80))
        .toPredicate();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public nl.plein.groups.api.GroupAudience getAudience(UUID groupId) {
    Group group = policy.checkSee(groupId == null ? null : em.find(Group.class, groupId));
    return new nl.plein.groups.api.GroupAudience(group.getId(), group.getName(), group.getVisibility(),
        group.isShared(), group.getOrganisationId(), !group.isArchived(), policy.isMember(group), policy.isAdmin(group),
        group.getMemberCount());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public nl.plein.groups.api.GroupReaderScope getReaderScope() {
    java.util.Set<UUID> admin = policy.memberships().entrySet().stream()
        .filter(e -> e.getValue() == GroupRole.ADMIN).map(java.util.Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toSet());
    return new nl.plein.groups.api.GroupReaderScope(policy.memberships().keySet(), admin,
        policy.callerOrganisation().orElse(null), policy.seesAllOrganisations());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public java.util.Set<UUID> findMembers(UUID groupId, java.util.Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return java.util.Set.of();
    }
    return java.util.Set.copyOf(em.createQuery(
            "select m.key.personId from GroupMember m where m.key.groupId = :g and m.key.personId in :ids", UUID.class)
        .setParameter("g", groupId).setParameter("ids", java.util.Set.copyOf(personIds)).getResultList());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void recordActivity(UUID groupId) {
    policy.checkSee(em.find(Group.class, groupId)).recordActivity(clock.instant());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public java.util.Map<UUID, String> findVisibleNames(java.util.Collection<UUID> groupIds) {
    if (groupIds.isEmpty()) {
      return java.util.Map.of();
    }
    return em.createQuery("select g from Group g where g.id in :ids", Group.class)
        .setParameter("ids", java.util.Set.copyOf(groupIds))
        .getResultStream()
        .filter(policy::maySee)
        .collect(java.util.stream.Collectors.toMap(Group::getId, Group::getName));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public GroupDetails getGroup(UUID groupId) {
    Group group = policy.checkSee(em.find(Group.class, groupId));
    Optional<UUID> me = policy.callerPersonId();
    boolean member = policy.isMember(group);
    boolean active = !group.isArchived();
    boolean pending = me.isPresent() && !member && em.createQuery(
            "select count(r) from JoinRequest r where r.groupId = :g and r.personId = :me and r.status = :pending", Long.class)
        .setParameter("g", groupId).setParameter("me", me.get()).setParameter("pending", JoinRequest.Status.PENDING)
        .getSingleResult() > 0;
    UUID invitation = me.isEmpty() || member ? null : em.createQuery(
            "select i.id from GroupInvitation i where i.groupId = :g and i.personId = :me and i.status = :pending", UUID.class)
        .setParameter("g", groupId).setParameter("me", me.get()).setParameter("pending", GroupInvitation.Status.PENDING)
        .getResultStream().findFirst().orElse(null);
    boolean inScope = policy.inScope(group);
    boolean admin = policy.isAdmin(group);
    boolean steward = policy.isSteward(group);
    boolean seesInactivity = admin || steward;
    return new GroupDetails(
        views.summary(group, policy.roleIn(group).orElse(null)),
        group.getCreatedAt(),
        admins(group.getId()),
        policy.maySeeMembers(group),
        pending,
        invitation,
        active && me.isPresent() && !member && inScope && group.getVisibility() == GroupVisibility.OPEN,
        active && me.isPresent() && !member && inScope && group.getVisibility() == GroupVisibility.CLOSED && !pending,
        active && member,
        active && admin,
        steward,
        seesInactivity ? group.getInactiveSince() : null,
        seesInactivity ? group.getKeepReason() : null,
        group.getVersion(),
        me.map(person -> lastDecision(groupId, person)).orElse(null));
  }

  private GroupDetails.Decision lastDecision(UUID groupId, UUID person) {
    return em.createQuery(
            "select r from JoinRequest r where r.groupId = :g and r.personId = :me and r.status in :decided"
                + " and r.decidedAt > :since order by r.decidedAt desc", JoinRequest.class)
        .setParameter("g", groupId).setParameter("me", person)
        .setParameter("decided", List.of(JoinRequest.Status.APPROVED, JoinRequest.Status.DENIED))
        .setParameter("since", clock.instant().minus(java.time.Duration.ofDays(30)))
        .setMaxResults(1)
        .getResultStream()
        .map(r -> new GroupDetails.Decision(r.getStatus() == JoinRequest.Status.APPROVED, r.getDecisionMessage(),
            r.getDecidedAt()))
        .findFirst().orElse(null);
  }

  private List<nl.plein.people.api.PersonRef> admins(UUID groupId) {
    return em.createQuery(
            "select p from GroupMember m, Person p where p.id = m.key.personId and m.key.groupId = :g"
                + " and m.role = :admin and p.active = true order by m.joinedAt", Person.class)
        .setParameter("g", groupId).setParameter("admin", GroupRole.ADMIN)
        .setMaxResults(ADMINS_SHOWN)
        .getResultStream().map(Person::ref).toList();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public List<SimilarGroup> findSimilar(String name, String description) {
    String cleanName = Validator.clean(name);
    String cleanDescription = Validator.clean(description);
    new Validator().maxLength("name", cleanName, GroupNames.MAX_NAME)
        .maxLength("description", cleanDescription, GroupNames.MAX_DESCRIPTION).throwIfInvalid();
    if (cleanName == null && cleanDescription == null) {
      return List.of();
    }
    List<Group> candidates = Search.session(em).search(Group.class)
        .where(f -> {
          BooleanPredicateClausesStep<?> b = f.bool();
          b.filter(visible(f));
          b.filter(f.match().field("status").matching(GroupStatus.ACTIVE));
          BooleanPredicateClausesStep<?> any = f.bool();
          if (cleanName != null) {
            any.should(f.match().field("nameGrams").matching(cleanName));
            any.should(f.match().field("name").matching(cleanName).boost(2f));
            any.should(f.match().field("description").matching(cleanName));
          }
          if (cleanDescription != null) {
            any.should(f.match().field("description").matching(cleanDescription));
          }
          b.must(any);
          return b;
        })
        .fetchHits(SIMILAR_CANDIDATES);
    List<SimilarGroup> similar = new ArrayList<>();
    for (Group g : candidates) {
      GroupSimilarity.compare(cleanName, cleanDescription, g.getName(), g.getDescription()).ifPresent(match ->
          similar.add(new SimilarGroup(views.summary(g, policy.roleIn(g).orElse(null)),
              match == GroupSimilarity.Match.NAME ? SimilarGroup.Reason.NAME : SimilarGroup.Reason.DESCRIPTION)));
      if (similar.size() == MAX_SIMILAR) {
        break;
      }
    }
    return similar;
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public UUID create(GroupRequest request) {
    return create(request, null);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public UUID create(GroupRequest request, byte[] image) {
    UUID me = policy.requirePerson();
    UUID organisationId = policy.callerOrganisation().orElseThrow(() -> new NotFoundException("error.group.noProfile"));
    Cleaned c = clean(request);
    if (request.organisationId() != null && !request.organisationId().equals(organisationId)) {
      throw ValidationException.of("organisationId", "error.group.ownOrganisation");
    }
    checkNameFree(c.name, c.visibility, organisationId, request.shared(), null);
    Group group = new Group(c.name, c.description, c.visibility, organisationId, request.shared(), me, clock.instant());
    group.recountedMembers(1);
    em.persist(group);
    em.persist(new GroupMember(group.getId(), me, em.find(Person.class, me).getSortName(), GroupRole.ADMIN,
        clock.instant()));
    if (image != null && image.length > 0) {
      // Checked and resized before anything is saved: a refused image loses nothing typed.
      storeImage(group, PhotoProcessor.process(image, PhotoProcessor.maxBytes()));
    }
    return group.getId();
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void update(UUID groupId, GroupRequest request) {
    Group group = em.find(Group.class, groupId);
    policy.checkAdmin(group);
    group.checkActive();
    if (request.version() != group.getVersion()) {
      throw new ConflictException("error.staleEdit");
    }
    Cleaned c = clean(request);
    checkNameFree(c.name, c.visibility, group.getOrganisationId(), request.shared(), group.getId());
    boolean audienceChanged = c.visibility != group.getVisibility() || request.shared() != group.isShared();
    group.describe(c.name, c.description, c.visibility, group.getOrganisationId(), request.shared());
    group.recordActivity(clock.instant());
    if (audienceChanged) {
      audienceChangedEvent.fire(new nl.plein.groups.api.GroupAudienceChanged(group.getId(), group.getVisibility(),
          group.isShared(), group.getOrganisationId()));
    }
  }

  private record Cleaned(String name, String description, GroupVisibility visibility) {}

  private static Cleaned clean(GroupRequest request) {
    String name = Validator.clean(request.name());
    String description = Validator.clean(request.description());
    new Validator()
        .required("name", name)
        .maxLength("name", name, GroupNames.MAX_NAME)
        .check(name == null || !GroupNames.key(name).isEmpty(), "name", "error.group.nameLetters")
        .maxLength("description", description, GroupNames.MAX_DESCRIPTION)
        .required("visibility", request.visibility())
        .throwIfInvalid();
    return new Cleaned(name, description, request.visibility());
  }

  /**
   * Two groups in one scope may not share a name; the message names the existing group, so the
   * page can offer it. Secret groups are each a scope of their own ({@link Group#scopeKey}): they
   * never clash, which would tell that they exist.
   */
  private void checkNameFree(String name, GroupVisibility visibility, UUID organisationId, boolean shared, UUID self) {
    if (visibility == GroupVisibility.SECRET) {
      return;
    }
    em.createQuery("select g from Group g where g.scopeKey = :scope and g.nameKey = :key", Group.class)
        .setParameter("scope", Group.scopeKey(new UUID(0, 0), visibility, organisationId, shared))
        .setParameter("key", GroupNames.key(name))
        .getResultStream()
        .filter(g -> !g.getId().equals(self))
        .findFirst()
        .ifPresent(existing -> {
          throw new ValidationException(List.of(
              FieldError.of("name", "error.group.nameTaken", existing.getName(), existing.getId().toString())));
        });
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void changeImage(UUID groupId, byte[] content) {
    Group group = em.find(Group.class, groupId);
    policy.checkAdmin(group);
    group.checkActive();
    storeImage(group, PhotoProcessor.process(content, PhotoProcessor.maxBytes()));
    // A new version, so that pages link to the new image and browsers drop the cached one.
    em.lock(group, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  private void storeImage(Group group, Map<PhotoSize, byte[]> sizes) {
    UUID groupId = group.getId();
    GroupImage image = em.find(GroupImage.class, groupId);
    if (image == null) {
      image = new GroupImage(groupId);
      image.replace(sizes, clock.instant());
      em.persist(image);
    } else {
      image.replace(sizes, clock.instant());
    }
    group.imageChanged(true);
    group.recordActivity(clock.instant());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Optional<Photo> findImage(UUID groupId, PhotoSize size) {
    Group group = policy.checkSee(em.find(Group.class, groupId));
    if (!group.isHasImage()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(GroupImage.class, groupId))
        .map(i -> new Photo(i.content(size), group.getVersion(), i.getUpdatedAt()));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<GroupSummary> listGroupsOf(UUID personId, PageRequest page) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    if (person == null || !person.isActive() || !organisations.maySee(person.getOrganisation().getId())) {
      throw new NotFoundException("error.person.notFound");
    }
    // The same visibility as the directory, in SQL: secret groups only when the caller is in them.
    UUID me = policy.callerPersonId().orElse(new UUID(0, 0));
    String visible = " and (exists (select 1 from GroupMember mine where mine.key.groupId = g.id and mine.key.personId = :me)"
        + " or (g.visibility <> :secret and (g.shared = true or :all = true or g.organisationId = :org)))";
    String from = " from GroupMember m, Group g where g.id = m.key.groupId and m.key.personId = :p" + visible;
    UUID org = policy.callerOrganisation().orElse(new UUID(0, 0));
    long total = em.createQuery("select count(g)" + from, Long.class)
        .setParameter("p", personId).setParameter("me", me).setParameter("secret", GroupVisibility.SECRET)
        .setParameter("all", policy.seesAllOrganisations()).setParameter("org", org)
        .getSingleResult();
    List<GroupSummary> items = em.createQuery("select g" + from + " order by g.nameKey", Group.class)
        .setParameter("p", personId).setParameter("me", me).setParameter("secret", GroupVisibility.SECRET)
        .setParameter("all", policy.seesAllOrganisations()).setParameter("org", org)
        .setFirstResult(page.offset()).setMaxResults(page.size())
        .getResultStream().map(g -> views.summary(g, policy.roleIn(g).orElse(null))).toList();
    return new Page<>(items, page.page(), page.size(), total);
  }
}
