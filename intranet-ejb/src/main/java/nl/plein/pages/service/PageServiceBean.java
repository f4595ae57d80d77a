package nl.plein.pages.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.Audience;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.groups.api.GroupAudience;
import nl.plein.media.api.DocumentType;
import nl.plein.media.api.ImageType;
import nl.plein.media.api.UploadLimits;
import nl.plein.media.api.UploadedFile;
import nl.plein.media.service.DocumentText;
import nl.plein.media.service.Documents;
import nl.plein.media.service.PhotoProcessor;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.pages.api.CreatePageRequest;
import nl.plein.pages.api.EditPageRequest;
import nl.plein.pages.api.PageCommentView;
import nl.plein.pages.api.PageFeedbackView;
import nl.plein.pages.api.PageFileContent;
import nl.plein.pages.api.PageFileView;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.PageSpace;
import nl.plein.pages.api.PageSummary;
import nl.plein.pages.api.PageView;
import nl.plein.pages.api.ReviewTask;
import nl.plein.pages.api.RevisionComparison;
import nl.plein.pages.api.RevisionSummary;
import nl.plein.pages.api.RevisionView;
import nl.plein.pages.api.UnpublishRequest;
import nl.plein.pages.domain.KnowledgePage;
import nl.plein.pages.domain.PageComment;
import nl.plein.pages.domain.PageFeedback;
import nl.plein.pages.domain.PageFile;
import nl.plein.pages.domain.PageHierarchy;
import nl.plein.pages.domain.PageRevision;
import nl.plein.pages.domain.PageText;
import nl.plein.pages.domain.ReviewSchedule;
import nl.plein.pages.domain.TextDiff;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;

/** Knowledge pages; the views in {@link PageViews}, the index queries in {@link PageSearch}. */
@Stateless
public class PageServiceBean implements PageService {
  /** Dates (review) are the organisation's calendar days. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** The longest side of an image in a page. */
  static final int IMAGE_SIDE = 1600;

  @PersistenceContext EntityManager em;
  @Inject PageAccessPolicy policy;
  @Inject PageViews views;
  @Inject PageSearch search;
  @EJB PersonService people;
  @EJB nl.plein.organisations.api.OrganisationService organisations;

  Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public UUID createPage(CreatePageRequest request) {
    UUID me = policy.requirePerson();
    String title = PageText.title("title", request.title());
    String source = PageText.source("text", request.text());
    UUID departmentId = request.departmentId();
    UUID groupId = request.groupId();
    UUID organisationId;
    String audience;
    if (request.parentId() != null) {
      KnowledgePage parent = policy.checkRead(em.find(KnowledgePage.class, request.parentId()));
      if (!parent.isPublished()) {
        throw new ConflictException("error.knowledge.unpublished");
      }
      departmentId = parent.getDepartmentId();
      groupId = parent.getGroupId();
      PageHierarchy.checkMove(UUID.randomUUID(), parent.getId(), this::parentOf, 0);
    } else if ((departmentId == null) == (groupId == null)) {
      throw ValidationException.of("space", "error.knowledge.spaceRequired");
    }
    if (groupId != null) {
      GroupAudience group = policy.group(groupId).filter(GroupAudience::mayRead)
          .orElseThrow(() -> new NotFoundException("error.group.notFound"));
      if (!group.member()) {
        throw new AccessDeniedException("error.knowledge.notMember");
      }
      if (!group.active()) {
        throw new ConflictException("error.group.archived");
      }
      organisationId = group.organisationId();
      audience = Audience.group(group.groupId(), group.visibility(), group.shared(), group.organisationId());
    } else {
      DepartmentSummary department = department(departmentId);
      organisationId = department.organisationId();
      if (!policy.mayWriteInDepartment(departmentId, organisationId)) {
        throw new AccessDeniedException("error.knowledge.mayNotCreate");
      }
      audience = Audience.organisation(organisationId);
    }
    Instant now = clock.instant();
    KnowledgePage page = new KnowledgePage(organisationId, departmentId, groupId, request.parentId(), audience, title,
        source, PageText.render(source), me, ReviewSchedule.configured().first(today()), now);
    em.persist(page);
    em.persist(page.firstRevision(null));
    return page.getId();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public int editPage(UUID pageId, EditPageRequest request) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkEdit(page);
    String title = PageText.title("title", request.title());
    String source = PageText.source("text", request.text());
    String note = note(request.note());
    PageRevision revision = page.edit(request.baseRevision(), title, source, PageText.render(source),
        policy.requirePerson(), clock.instant(), note, null);
    em.persist(revision);
    return revision.getNumber();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public PageView getPage(UUID pageId) {
    return views.view(policy.checkRead(find(pageId)), today());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<PageSpace> listSpaces(PageRequest request) {
    return search.spaces(policy.readerTerms(), request, views::spaces);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public PageSpace getSpace(PageSpace.Kind kind, UUID id) {
    long count = em.createQuery("select count(p) from KnowledgePage p where "
            + (kind == PageSpace.Kind.GROUP ? "p.groupId" : "p.departmentId") + " = :id and p.unpublishedAt is null",
            Long.class)
        .setParameter("id", id).getSingleResult();
    if (kind == PageSpace.Kind.GROUP) {
      GroupAudience group = policy.group(id).filter(GroupAudience::mayRead)
          .orElseThrow(() -> new NotFoundException("error.group.notFound"));
      return new PageSpace(kind, id, group.name(), group.organisationId(), count);
    }
    DepartmentSummary department = department(id);
    return new PageSpace(kind, id, department.name(), department.organisationId(), count);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public boolean mayCreateIn(PageSpace.Kind kind, UUID id) {
    if (policy.callerPersonId().isEmpty()) {
      return false;
    }
    if (kind == PageSpace.Kind.GROUP) {
      return policy.group(id).map(g -> g.member() && g.active()).orElse(false);
    }
    DepartmentSummary department = department(id);
    return policy.mayWriteInDepartment(id, department.organisationId());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<PageSummary> listPages(PageSpace.Kind kind, UUID spaceId, UUID parentId, PageRequest request) {
    if (parentId != null) {
      KnowledgePage parent = policy.checkRead(find(parentId));
      return views.children(parent.getId(), request);
    }
    getSpace(kind, spaceId);
    return views.topPages(kind, spaceId, request);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public List<PageSummary> listSpaceChoices(UUID pageId, int max) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkManage(page);
    return views.spaceChoices(page, Math.min(max, 500));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public String preview(String text) {
    return PageText.render(PageText.source("text", text));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public LocalDate suggestNextReview() {
    return ReviewSchedule.configured().suggestNext(today());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<RevisionSummary> listRevisions(UUID pageId, PageRequest request) {
    KnowledgePage page = readable(pageId);
    return views.revisions(page, request);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public RevisionView getRevision(UUID pageId, int number) {
    KnowledgePage page = readable(pageId);
    PageRevision r = revision(page, number);
    PersonRef author = people.findRefs(List.of(r.getAuthorId())).get(r.getAuthorId());
    return new RevisionView(page.getId(), r.getNumber(), r.getTitle(), r.getSource(), PageText.render(r.getSource()),
        author, r.getCreatedAt(), r.getNote(), page.getRevision());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public RevisionComparison compareRevisions(UUID pageId, int from, int to) {
    KnowledgePage page = readable(pageId);
    PageRevision older = revision(page, Math.min(from, to));
    PageRevision newer = revision(page, Math.max(from, to));
    Map<UUID, PersonRef> authors = people.findRefs(List.of(older.getAuthorId(), newer.getAuthorId()));
    return new RevisionComparison(page.getId(), page.getTitle(), PageViews.summary(older, authors, page),
        PageViews.summary(newer, authors, page), !older.getTitle().equals(newer.getTitle()),
        TextDiff.compare(older.getSource(), newer.getSource()));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public int restoreRevision(UUID pageId, int number, int baseRevision) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkEdit(page);
    PageRevision old = revision(page, number);
    if (number == page.getRevision()) {
      throw new ConflictException("error.knowledge.restoreCurrent");
    }
    PageRevision revision = page.edit(baseRevision, old.getTitle(), old.getSource(), PageText.render(old.getSource()),
        policy.requirePerson(), clock.instant(), null, number);
    em.persist(revision);
    return revision.getNumber();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void movePage(UUID pageId, UUID newParentId) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkManage(page);
    if (newParentId != null) {
      KnowledgePage parent = policy.checkRead(find(newParentId));
      if (!java.util.Objects.equals(parent.getGroupId(), page.getGroupId())
          || !java.util.Objects.equals(parent.getDepartmentId(), page.getDepartmentId())) {
        throw ValidationException.of("parent", "error.knowledge.otherSpace");
      }
      PageHierarchy.checkMove(page.getId(), parent.getId(), this::parentOf, views.depthBelow(page.getId()));
    }
    page.moveUnder(newParentId);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void changeOwner(UUID pageId, UUID ownerId) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkManage(page);
    if (ownerId == null || people.findRefs(List.of(ownerId)).get(ownerId) == null) {
      throw ValidationException.of("owner", "error.knowledge.ownerUnknown");
    }
    if (page.getGroupId() != null && !policy.groupsMembers(page.getGroupId(), ownerId)) {
      throw ValidationException.of("owner", "error.knowledge.ownerNotMember");
    }
    page.changeOwner(ownerId);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void confirmReview(UUID pageId, LocalDate nextReview) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkManage(page);
    page.scheduleReview(ReviewSchedule.checkNext("nextReview", nextReview, today()));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void unpublishPage(UUID pageId, UnpublishRequest request) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkManage(page);
    String reason = request.reason() == null ? "" : request.reason().strip();
    if (reason.isEmpty()) {
      throw ValidationException.of("reason", "error.knowledge.reasonRequired");
    }
    if (reason.length() > KnowledgePage.MAX_REASON) {
      throw ValidationException.of("reason", "error.field.tooLong", KnowledgePage.MAX_REASON);
    }
    if (request.successorId() != null) {
      KnowledgePage successor = find(request.successorId());
      if (successor == null || !policy.mayRead(successor) || !successor.isPublished()) {
        throw ValidationException.of("successor", "error.knowledge.successorUnknown");
      }
    }
    page.unpublish(reason, request.successorId(), policy.requirePerson(), clock.instant());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void republishPage(UUID pageId) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkManage(page);
    page.republish();
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public Page<ReviewTask> listMyReviews(PageRequest request) {
    if (policy.callerPersonId().isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    UUID me = policy.requirePerson();
    return views.reviewTasks(em.createQuery("select count(p) from KnowledgePage p where p.ownerId = :me"
                + " and p.unpublishedAt is null and p.reviewDate <= :today", Long.class)
            .setParameter("me", me).setParameter("today", today()).getSingleResult(),
        em.createQuery("select p from KnowledgePage p where p.ownerId = :me and p.unpublishedAt is null"
                + " and p.reviewDate <= :today order by p.reviewDate, p.id", KnowledgePage.class)
            .setParameter("me", me).setParameter("today", today())
            .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
        request, today());
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public Page<ReviewTask> listStalePages(PageRequest request) {
    var result = search.stale(policy.readerTerms(), Optional.ofNullable(policy.communityOrganisations()), today(),
        request);
    return views.reviewTasks(result.total().hitCount(), result.hits(), request, today());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public PageFileView addFile(UUID pageId, UploadedFile file) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkEdit(page);
    long count = em.createQuery("select count(f) from PageFile f where f.pageId = :p", Long.class)
        .setParameter("p", page.getId()).getSingleResult();
    if (count >= PageFile.MAX_PER_PAGE) {
      throw ValidationException.of("file", "error.knowledge.tooManyFiles", PageFile.MAX_PER_PAGE);
    }
    UUID me = policy.requirePerson();
    Instant now = clock.instant();
    PageFile stored;
    if (file.content() != null && ImageType.detect(file.content()).isPresent()) {
      byte[] jpeg = PhotoProcessor.fitPicture(file.content(), UploadLimits.photoBytes(), "file", IMAGE_SIDE);
      String name = Documents.cleanName(file.name()).replaceAll("\\.[A-Za-z0-9]{1,5}$", "") + ".jpg";
      stored = new PageFile(page.getId(), name, PageFile.IMAGE, "image/jpeg", jpeg, false, null, me, now);
    } else {
      Documents.Checked document = Documents.check(file, UploadLimits.attachmentBytes(), "file");
      DocumentText.Extracted text = DocumentText.extract(document.type(), document.content());
      stored = new PageFile(page.getId(), document.name(), document.type().name(), document.type().mediaType(),
          document.content(), text.indexable(), text.problem() == null ? null : text.problem().name(), me, now);
      if (text.indexable()) {
        page.replaceAttachmentText(join(page.getAttachmentText(), text.text()));
      }
    }
    em.persist(stored);
    return PageViews.file(stored);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void removeFile(UUID pageId, UUID fileId) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkEdit(page);
    PageFile file = em.find(PageFile.class, fileId);
    if (file == null || !file.getPageId().equals(page.getId())) {
      throw new NotFoundException("error.knowledge.fileNotFound");
    }
    em.remove(file);
    em.flush();
    // The documents' text again, from the ones that remain.
    StringBuilder text = new StringBuilder();
    for (PageFile f : em.createQuery("select f from PageFile f where f.pageId = :p and f.indexable = true"
        + " and f.type <> :image order by f.createdAt", PageFile.class)
        .setParameter("p", page.getId()).setParameter("image", PageFile.IMAGE).getResultList()) {
      text.append(DocumentText.extract(DocumentType.valueOf(f.getType()), f.getContent()).text()).append('\n');
    }
    page.replaceAttachmentText(text.toString().strip());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Optional<PageFileContent> findFile(UUID fileId) {
    PageFile file = em.find(PageFile.class, fileId);
    if (file == null) {
      return Optional.empty();
    }
    KnowledgePage page = find(file.getPageId());
    if (page == null || !policy.mayRead(page) || (!page.isPublished() && !policy.mayManage(page))) {
      return Optional.empty();
    }
    return Optional.of(new PageFileContent(file.getFileName(), file.getMediaType(), file.isImage(), file.getContent()));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void giveFeedback(UUID pageId, boolean helpful, String comment) {
    KnowledgePage page = published(pageId);
    UUID me = policy.requirePerson();
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > PageFeedback.MAX_COMMENT) {
      throw ValidationException.of("comment", "error.field.tooLong", PageFeedback.MAX_COMMENT);
    }
    List<PageFeedback> existing = em.createQuery(
            "select f from PageFeedback f where f.pageId = :p and f.personId = :me", PageFeedback.class)
        .setParameter("p", page.getId()).setParameter("me", me).getResultList();
    if (existing.isEmpty()) {
      em.persist(new PageFeedback(page.getId(), me, helpful, text, clock.instant()));
      page.countFeedback(helpful ? 1 : 0, helpful ? 0 : 1);
    } else {
      PageFeedback f = existing.get(0);
      if (f.isHelpful() != helpful) {
        page.countFeedback(helpful ? 1 : -1, helpful ? -1 : 1);
      }
      f.change(helpful, text, clock.instant());
    }
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<PageFeedbackView> listFeedback(UUID pageId, PageRequest request) {
    KnowledgePage page = policy.checkRead(find(pageId));
    policy.checkManage(page);
    return views.feedback(page, request);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public UUID comment(UUID pageId, String text) {
    KnowledgePage page = published(pageId);
    UUID me = policy.requirePerson();
    if (page.getGroupId() != null && !policy.group(page.getGroupId()).map(GroupAudience::active).orElse(false)) {
      throw new ConflictException("error.group.archived");
    }
    String source = PageText.comment("text", text);
    PageComment comment = new PageComment(page.getId(), me, source, PageText.renderComment(source), clock.instant());
    em.persist(comment);
    page.countComment(1);
    return comment.getId();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void deleteComment(UUID commentId) {
    PageComment comment = em.find(PageComment.class, commentId);
    if (comment == null || comment.isDeleted()) {
      throw new NotFoundException("error.comment.notFound");
    }
    KnowledgePage page = policy.checkRead(find(comment.getPageId()));
    boolean author = policy.callerPersonId().map(comment.getAuthorId()::equals).orElse(false);
    if (!author && !policy.mayManage(page)) {
      throw new AccessDeniedException("error.comment.notAuthor");
    }
    comment.delete(clock.instant());
    page.countComment(-1);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<PageCommentView> listComments(UUID pageId, PageRequest request) {
    KnowledgePage page = readable(pageId);
    return views.comments(page, policy.mayManage(page), request);
  }

  private KnowledgePage find(UUID id) {
    return id == null ? null : em.find(KnowledgePage.class, id);
  }

  /** Readable, and published unless the caller may manage it (an unpublished page's history is for them). */
  private KnowledgePage readable(UUID pageId) {
    KnowledgePage page = policy.checkRead(find(pageId));
    if (!page.isPublished() && !policy.mayManage(page)) {
      throw new NotFoundException("error.knowledge.notFound");
    }
    return page;
  }

  private KnowledgePage published(UUID pageId) {
    KnowledgePage page = policy.checkRead(find(pageId));
    if (!page.isPublished()) {
      throw new ConflictException("error.knowledge.unpublished");
    }
    return page;
  }

  private PageRevision revision(KnowledgePage page, int number) {
    return em.createQuery("select r from PageRevision r where r.pageId = :p and r.number = :n", PageRevision.class)
        .setParameter("p", page.getId()).setParameter("n", number).getResultStream().findFirst()
        .orElseThrow(() -> new NotFoundException("error.knowledge.revisionNotFound"));
  }

  private UUID parentOf(UUID pageId) {
    KnowledgePage p = find(pageId);
    return p == null ? null : p.getParentId();
  }

  private DepartmentSummary department(UUID departmentId) {
    DepartmentSummary d = organisations.findDepartments(List.of(departmentId)).get(departmentId);
    if (d == null) {
      throw new NotFoundException("error.department.notFound");
    }
    return d;
  }

  private static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String n = note.strip().replaceAll("\\s+", " ");
    if (n.length() > PageRevision.MAX_NOTE) {
      throw ValidationException.of("note", "error.field.tooLong", PageRevision.MAX_NOTE);
    }
    return n;
  }

  private static String join(String a, String b) {
    return a == null || a.isEmpty() ? b : a + "\n" + b;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
