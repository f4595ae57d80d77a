package nl.plein.news.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.media.api.UploadLimits;
import nl.plein.media.service.PhotoProcessor;
import nl.plein.news.api.NewsCommentView;
import nl.plein.news.api.NewsKind;
import nl.plein.news.api.NewsRequest;
import nl.plein.news.api.NewsService;
import nl.plein.news.api.NewsStats;
import nl.plein.news.api.NewsSummary;
import nl.plein.news.api.NewsTarget;
import nl.plein.news.api.NewsView;
import nl.plein.news.api.TargetOption;
import nl.plein.news.domain.NewsComment;
import nl.plein.news.domain.NewsImage;
import nl.plein.news.domain.NewsItem;
import nl.plein.news.domain.NewsTargets;
import nl.plein.news.domain.NewsText;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;
import nl.plein.people.api.PhotoSize;
import org.hibernate.search.engine.search.query.SearchResult;

/** See {@link NewsService}; who may do what is in {@link NewsAccessPolicy}. */
@Stateless
public class NewsServiceBean implements NewsService {
  /** How far ahead an item can be scheduled. */
  static final int MAX_DAYS_AHEAD = 366;

  @PersistenceContext EntityManager em;
  @Inject NewsAccessPolicy policy;
  @Inject NewsSearch search;
  @Inject NewsTargetNames targetNames;
  @EJB PersonService people;
  @EJB OrganisationService organisations;
  Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public boolean mayWrite(NewsKind kind) {
    return policy.mayWrite(kind);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public List<TargetOption> listTargetOptions(NewsKind kind) {
    if (!policy.mayWrite(kind)) {
      return List.of();
    }
    return targetNames.options(policy.mayWriteForInstallation(kind), o -> policy.mayWriteFor(kind, o));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public UUID publishNews(NewsRequest request) {
    NewsKind kind = request.kind() == null ? NewsKind.NEWS : request.kind();
    UUID author = policy.requirePerson();
    if (!policy.mayWrite(kind)) {
      throw new AccessDeniedException(kind == NewsKind.NEWS ? "error.news.mayNotWrite" : "error.news.mayNotBlog");
    }
    Instant now = now();
    NewsItem item = new NewsItem(kind, ownOrganisation(), author, now);
    write(item, kind, request, now, true);
    em.persist(item);
    picture(item, request);
    return item.getId();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void editNews(UUID id, NewsRequest request) {
    NewsItem item = policy.checkEdit(policy.checkRead(em.find(NewsItem.class, id), now()));
    write(item, item.getKind(), request, now(), false);
    picture(item, request);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void deleteNews(UUID id) {
    NewsItem item = policy.checkEdit(policy.checkRead(em.find(NewsItem.class, id), now()));
    item.delete(policy.requirePerson(), now());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public NewsView readNews(UUID id) {
    Instant now = now();
    NewsItem item = policy.checkRead(em.find(NewsItem.class, id), now);
    Optional<UUID> reader = policy.personId();
    long reads = item.getReadCount();
    if (reader.isPresent() && !reader.get().equals(item.getAuthorId()) && item.isPublishedAt(now)) {
      countRead(item, reader.get(), now);
      reads++;
    }
    return view(item, reads);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public NewsView getNewsForEditing(UUID id) {
    NewsItem item = policy.checkEdit(policy.checkRead(em.find(NewsItem.class, id), now()));
    return view(item, item.getReadCount());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<NewsSummary> listNews(NewsKind kind, PageRequest page) {
    SearchResult<NewsItem> found = search.page(policy.readerTerms(), kind, now(), page.offset(), page.size());
    return new Page<>(summaries(found.hits()), page.page(), page.size(), found.total().hitCount());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<NewsSummary> listNewsFor(NewsKind kind, UUID organisationId, UUID departmentId, PageRequest page) {
    Set<String> audience;
    UUID audienceOrganisation;
    if (departmentId != null) {
      DepartmentSummary department = Optional.ofNullable(organisations.findDepartments(List.of(departmentId))
          .get(departmentId)).orElseThrow(() -> new NotFoundException("error.department.notFound"));
      audienceOrganisation = department.organisationId();
      audience = NewsTargets.readerTerms(audienceOrganisation, organisations.departmentPath(departmentId));
    } else {
      organisations.getOrganisation(organisationId); // not found when the caller may not see it
      audienceOrganisation = organisationId;
      audience = NewsTargets.readerTerms(organisationId, List.of());
    }
    Set<String> terms = NewsTargets.readableAudience(audience, audienceOrganisation, policy.readerTerms());
    SearchResult<NewsItem> found = search.page(Optional.of(terms), kind, now(), page.offset(), page.size());
    return new Page<>(summaries(found.hits()), page.page(), page.size(), found.total().hitCount());
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public Page<NewsSummary> listMyNews(PageRequest page) {
    UUID me = policy.requirePerson();
    long total = em.createQuery("select count(n) from NewsItem n where n.authorId = :a and n.deletedAt is null",
        Long.class).setParameter("a", me).getSingleResult();
    List<NewsItem> items = em.createQuery("select n from NewsItem n where n.authorId = :a and n.deletedAt is null"
            + " order by n.publishAt desc, n.id desc", NewsItem.class)
        .setParameter("a", me).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(summaries(items), page.page(), page.size(), total);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public List<NewsSummary> listForTimeline(Instant before, UUID beforeId, int max) {
    return summaries(search.before(policy.readerTerms(), now(), before, beforeId, Math.min(max, 100)));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public NewsStats getStats(UUID id) {
    NewsItem item = policy.checkEdit(policy.checkRead(em.find(NewsItem.class, id), now()));
    Map<UUID, Long> perOrganisation = new HashMap<>();
    em.createNativeQuery("select organisation_id, count(*) from news_read where news_id = ? group by organisation_id")
        .setParameter(1, item.getId()).getResultList()
        .forEach(r -> perOrganisation.put(toUuid(((Object[]) r)[0]), ((Number) ((Object[]) r)[1]).longValue()));
    Map<UUID, String> names = targetNames.organisationNames();
    List<NewsStats.OrganisationReaders> rows = perOrganisation.entrySet().stream()
        .map(e -> new NewsStats.OrganisationReaders(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
        .sorted(java.util.Comparator.comparingLong(NewsStats.OrganisationReaders::readers).reversed()
            .thenComparing(NewsStats.OrganisationReaders::name))
        .toList();
    return new NewsStats(item.getId(), item.getTitle(), item.getReadCount(), item.getReaderCount(), rows);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void like(UUID id) {
    NewsItem item = blogToReact(id);
    int added = em.createNativeQuery("insert into news_like (news_id, person_id, created_at) select ?, ?, ?"
            + " where not exists (select 1 from news_like where news_id = ? and person_id = ?)")
        .setParameter(1, item.getId()).setParameter(2, policy.requirePerson()).setParameter(3, now())
        .setParameter(4, item.getId()).setParameter(5, policy.requirePerson()).executeUpdate();
    if (added == 0) {
      throw new ConflictException("error.news.alreadyLiked");
    }
    item.liked(1);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void unlike(UUID id) {
    NewsItem item = blogToReact(id);
    int removed = em.createNativeQuery("delete from news_like where news_id = ? and person_id = ?")
        .setParameter(1, item.getId()).setParameter(2, policy.requirePerson()).executeUpdate();
    item.liked(-removed);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public UUID comment(UUID id, String text) {
    NewsItem item = blogToReact(id);
    String source = NewsText.source("comment", text, NewsText.MAX_COMMENT);
    NewsComment comment = new NewsComment(item.getId(), policy.requirePerson(), source, NewsText.renderComment(source),
        now());
    em.persist(comment);
    item.commented(1);
    return comment.getId();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void deleteComment(UUID commentId) {
    NewsComment comment = em.find(NewsComment.class, commentId);
    if (comment == null || comment.isDeleted()) {
      throw new NotFoundException("error.comment.notFound");
    }
    NewsItem item = policy.checkRead(em.find(NewsItem.class, comment.getNewsId()), now());
    if (!comment.getAuthorId().equals(policy.requirePerson()) && !policy.mayEdit(item)) {
      throw new AccessDeniedException("error.news.mayNotDeleteComment");
    }
    comment.delete(now());
    item.commented(-1);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<NewsCommentView> listComments(UUID id, PageRequest page) {
    NewsItem item = policy.checkRead(em.find(NewsItem.class, id), now());
    long total = em.createQuery("select count(c) from NewsComment c where c.newsId = :n and c.deletedAt is null",
        Long.class).setParameter("n", item.getId()).getSingleResult();
    List<NewsComment> comments = em.createQuery("select c from NewsComment c where c.newsId = :n"
            + " and c.deletedAt is null order by c.createdAt, c.id", NewsComment.class)
        .setParameter("n", item.getId()).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<UUID, PersonRef> refs = people.findRefs(comments.stream().map(NewsComment::getAuthorId).toList());
    Optional<UUID> me = policy.personId();
    boolean moderates = policy.mayEdit(item);
    return new Page<>(comments.stream().map(c -> new NewsCommentView(c.getId(), refs.get(c.getAuthorId()), c.getHtml(),
        c.getCreatedAt(), moderates || me.map(c.getAuthorId()::equals).orElse(false))).toList(),
        page.page(), page.size(), total);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Optional<nl.plein.people.api.Photo> findImage(UUID id, PhotoSize size) {
    NewsItem item = em.find(NewsItem.class, id);
    if (item == null || !policy.mayRead(item, now()) || item.getImageVersion() == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(NewsImage.class, id))
        .map(i -> new nl.plein.people.api.Photo(i.content(size), item.getImageVersion(), i.getUpdatedAt()));
  }

  private NewsItem blogToReact(UUID id) {
    NewsItem item = policy.checkRead(em.find(NewsItem.class, id), now());
    policy.requirePerson();
    if (item.getKind() != NewsKind.BLOG || !item.isPublishedAt(now())) {
      throw new ConflictException("error.news.blogsOnly");
    }
    return item;
  }

  /** One read; the first by this person also counts them as a reader (of their organisation then). */
  private void countRead(NewsItem item, UUID reader, Instant now) {
    UUID organisation = policy.readerOrganisation().orElse(item.getOrganisationId());
    int firstTime = em.createNativeQuery("insert into news_read (news_id, person_id, organisation_id, first_read_at)"
            + " select ?, ?, ?, ? where not exists (select 1 from news_read where news_id = ? and person_id = ?)")
        .setParameter(1, item.getId()).setParameter(2, reader).setParameter(3, organisation).setParameter(4, now)
        .setParameter(5, item.getId()).setParameter(6, reader).executeUpdate();
    em.createNativeQuery("update news_item set read_count = read_count + 1, reader_count = reader_count + ?"
            + " where id = ?")
        .setParameter(1, firstTime).setParameter(2, item.getId()).executeUpdate();
  }

  private void write(NewsItem item, NewsKind kind, NewsRequest request, Instant now, boolean isNew) {
    List<ValidationException> problems = new ArrayList<>();
    String title = collect(problems, () -> NewsText.line("title", request.title(), true, NewsText.MAX_TITLE));
    String teaser = collect(problems, () -> NewsText.line("teaser", request.teaser(), false, NewsText.MAX_TEASER));
    String source = collect(problems, () -> NewsText.source("text", request.text(), NewsText.MAX_SOURCE));
    String alt = collect(problems, () -> NewsText.line("imageAlt", request.imageAlt(), false, NewsText.MAX_ALT));
    boolean hasPicture = request.image() != null || (item.getImageVersion() > 0 && !request.removeImage());
    if (hasPicture && alt == null && problems.stream().noneMatch(p -> p.fieldErrors().stream()
        .anyMatch(e -> e.field().equals("imageAlt")))) {
      problems.add(ValidationException.of("imageAlt", "error.news.altRequired"));
    }
    Instant publishAt = request.publishAt() == null ? (isNew ? now : item.getPublishAt())
        : request.publishAt().truncatedTo(ChronoUnit.SECONDS);
    if (publishAt.isAfter(now.plus(MAX_DAYS_AHEAD, ChronoUnit.DAYS))) {
      problems.add(ValidationException.of("publishAt", "error.news.tooFarAhead", MAX_DAYS_AHEAD));
    }
    if (isNew && publishAt.isBefore(now.minus(1, ChronoUnit.HOURS))) {
      problems.add(ValidationException.of("publishAt", "error.news.inPast"));
    }
    Map<UUID, UUID> organisationOf = new HashMap<>();
    UUID organisation = null;
    if (request.targets().isEmpty()) {
      problems.add(ValidationException.of("targets", "error.news.targetRequired"));
    } else {
      try {
        organisation = checkTargets(kind, request.targets(), isNew ? List.of()
            : NewsTargets.targets(item.getTargets()), organisationOf);
      } catch (ValidationException e) {
        problems.add(e);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems.stream().flatMap(p -> p.fieldErrors().stream()).toList());
    }
    if (publishAt.isBefore(now) && (isNew || item.getPublishAt().isAfter(now))) {
      publishAt = now; // a new item, or a scheduled one, set to a moment that has passed appears now
    }
    item.write(title, teaser, source, NewsText.render(source), NewsTargets.terms(request.targets(), organisationOf),
        organisation == null ? item.getOrganisationId() : organisation, publishAt, now);
  }

  private static <T> T collect(List<ValidationException> problems, java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (ValidationException e) {
      problems.add(e);
      return null;
    }
  }

  /**
   * Each target is one the caller may write for (or the item had already); returns the item's organisation: the writer's own
   * when it is among the targets (or for the installation), else the first target's.
   */
  private UUID checkTargets(NewsKind kind, List<NewsTarget> targets, List<NewsTarget> kept,
      Map<UUID, UUID> organisationOf) {
    Map<UUID, DepartmentSummary> departments = organisations.findDepartments(targets.stream()
        .filter(t -> t.kind() == NewsTarget.Kind.DEPARTMENT).map(NewsTarget::id).toList());
    Set<UUID> reached = new LinkedHashSet<>();
    for (NewsTarget t : targets) {
      UUID org = switch (t.kind()) {
        case INSTALLATION -> null;
        case ORGANISATION -> t.id();
        case DEPARTMENT -> Optional.ofNullable(departments.get(t.id())).map(DepartmentSummary::organisationId)
            .orElseThrow(() -> ValidationException.of("targets", "error.news.targetUnknown"));
      };
      // An audience the item already had may stay, even when this editor could not choose it.
      boolean allowed = kept.contains(t)
          || (org == null ? policy.mayWriteForInstallation(kind) : policy.mayWriteFor(kind, org));
      if (!allowed) {
        throw ValidationException.of("targets", "error.news.targetNotAllowed");
      }
      if (t.kind() == NewsTarget.Kind.DEPARTMENT) {
        organisationOf.put(t.id(), org);
      }
      if (org != null) {
        reached.add(org);
      }
    }
    UUID own = ownOrganisation();
    return reached.isEmpty() || reached.contains(own) ? own : reached.iterator().next();
  }

  private void picture(NewsItem item, NewsRequest request) {
    if (request.image() != null) {
      var sizes = PhotoProcessor.processPicture(request.image().content(), UploadLimits.photoBytes(), "image");
      NewsImage image = em.find(NewsImage.class, item.getId());
      if (image == null) {
        image = new NewsImage(item.getId());
        image.replace(sizes, now());
        em.persist(image);
      } else {
        image.replace(sizes, now());
      }
      item.picture(NewsText.line("imageAlt", request.imageAlt(), true, NewsText.MAX_ALT));
    } else if (request.removeImage() && item.getImageVersion() > 0) {
      Optional.ofNullable(em.find(NewsImage.class, item.getId())).ifPresent(em::remove);
      item.removePicture();
    } else if (item.getImageVersion() > 0) {
      item.describePicture(NewsText.line("imageAlt", request.imageAlt(), true, NewsText.MAX_ALT));
    }
  }

  private UUID ownOrganisation() {
    return policy.readerOrganisation().orElseThrow(() -> new AccessDeniedException("error.news.noProfile"));
  }

  private NewsView view(NewsItem item, long reads) {
    boolean mayEdit = policy.mayEdit(item);
    Optional<UUID> me = policy.personId();
    boolean liked = item.getKind() == NewsKind.BLOG && me.isPresent()
        && !em.createNativeQuery("select 1 from news_like where news_id = ? and person_id = ?")
            .setParameter(1, item.getId()).setParameter(2, me.get()).getResultList().isEmpty();
    NewsSummary summary = summary(item, people.findRefs(List.of(item.getAuthorId())).get(item.getAuthorId()), mayEdit,
        reads);
    List<NewsTarget> targets = NewsTargets.targets(item.getTargets());
    return new NewsView(summary, item.getHtml(), mayEdit ? item.getSource() : null, mayEdit ? item.getTeaser() : null,
        targetNames.names(targets),
        targets.stream().map(NewsTarget::code).toList(), item.isEdited(), liked, mayEdit,
        me.isPresent() && item.getKind() == NewsKind.BLOG && item.isPublishedAt(now()));
  }

  private List<NewsSummary> summaries(List<NewsItem> items) {
    Map<UUID, PersonRef> refs = people.findRefs(items.stream().map(NewsItem::getAuthorId).distinct().toList());
    return items.stream().map(i -> summary(i, refs.get(i.getAuthorId()), policy.mayEdit(i), i.getReadCount())).toList();
  }

  private NewsSummary summary(NewsItem i, PersonRef author, boolean mayEdit, long reads) {
    return new NewsSummary(i.getId(), i.getKind(), i.getTitle(), NewsText.teaser(i.getTeaser(), i.getHtml()), author,
        i.getPublishAt(), i.getImageVersion(), i.getImageAlt(), !i.isPublishedAt(now()), mayEdit ? reads : -1,
        i.getLikeCount(), i.getCommentCount());
  }

  /** A uuid column of a native query: PostgreSQL's driver gives a UUID, H2 its 16 bytes. */
  private static UUID toUuid(Object value) {
    if (value instanceof byte[] bytes) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
      return new UUID(b.getLong(), b.getLong());
    }
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
