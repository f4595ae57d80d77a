package nl.plein.pages.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.groups.api.GroupService;
import nl.plein.media.api.DocumentType;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.pages.api.MenuItem;
import nl.plein.pages.api.PageCommentView;
import nl.plein.pages.api.PageFeedbackView;
import nl.plein.pages.api.PageFileView;
import nl.plein.pages.api.PageLink;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.PageSpace;
import nl.plein.pages.api.PageSummary;
import nl.plein.pages.api.PageView;
import nl.plein.pages.api.ReviewTask;
import nl.plein.pages.api.RevisionSummary;
import nl.plein.pages.domain.KnowledgePage;
import nl.plein.pages.domain.PageComment;
import nl.plein.pages.domain.PageFeedback;
import nl.plein.pages.domain.PageFile;
import nl.plein.pages.domain.PageHierarchy;
import nl.plein.pages.domain.PageRevision;
import nl.plein.pages.domain.PageText;
import nl.plein.pages.domain.ReviewSchedule;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;

/**
 * Pages as records, inside the service's transaction. A page's view costs a fixed number of
 * queries, whatever its history: the page row, its ancestors (at most {@value PageHierarchy#MAX_DEPTH}),
 * one query per menu level, its children, files and the people named.
 */
@RequestScoped
public class PageViews {
  @PersistenceContext EntityManager em;
  @Inject PageAccessPolicy policy;
  @EJB PersonService people;
  @EJB GroupService groups;
  @EJB OrganisationService organisations;

  PageView view(KnowledgePage page, LocalDate today) {
    boolean mayManage = policy.mayManage(page);
    boolean mayEdit = policy.mayEdit(page);
    boolean showText = page.isPublished() || mayManage;
    List<KnowledgePage> ancestors = ancestors(page);
    List<PageLink> breadcrumbs = ancestors.stream().map(a -> new PageLink(a.getId(), a.getTitle())).toList();
    PageSpace space = space(page);
    List<MenuItem> menu = page.isPublished() ? menu(page, ancestors) : List.of();
    long childCount = countChildren(page.getId());
    List<PageLink> children = childCount == 0 ? List.of() : em.createQuery(
            "select p from KnowledgePage p where p.parentId = :p and p.unpublishedAt is null order by p.title",
            KnowledgePage.class)
        .setParameter("p", page.getId()).setMaxResults(PageService.MENU_LEVEL_MAX).getResultList()
        .stream().map(c -> new PageLink(c.getId(), c.getTitle())).toList();
    List<PageFileView> files = showText ? em.createQuery(
            "select new nl.plein.pages.service.PageViews$FileRow(f.id, f.fileName, f.type, f.size, f.indexable,"
                + " f.indexProblem) from PageFile f where f.pageId = :p order by f.createdAt", FileRow.class)
        .setParameter("p", page.getId()).getResultList().stream().map(FileRow::view).toList() : List.of();
    Map<UUID, PersonRef> refs = people.findRefs(List.of(page.getOwnerId(), page.getUpdatedBy()));
    PageLink successor = null;
    if (page.getSuccessorId() != null) {
      KnowledgePage s = em.find(KnowledgePage.class, page.getSuccessorId());
      if (s != null && policy.mayRead(s) && s.isPublished()) {
        successor = new PageLink(s.getId(), s.getTitle());
      }
    }
    Boolean mine = policy.callerPersonId().flatMap(me -> em.createQuery(
            "select f.helpful from PageFeedback f where f.pageId = :p and f.personId = :me", Boolean.class)
        .setParameter("p", page.getId()).setParameter("me", me).getResultStream().findFirst()).orElse(null);
    return new PageView(page.getId(), page.getTitle(), showText ? page.getHtml() : "",
        mayEdit ? page.getSource() : null, space, breadcrumbs, menu, children, childCount, refs.get(page.getOwnerId()),
        page.getReviewDate(), ReviewSchedule.isDue(page.getReviewDate(), today), page.getRevision(),
        page.getUpdatedAt(), refs.get(page.getUpdatedBy()), page.isPublished(), page.getUnpublishedReason(),
        successor, page.getUnpublishedAt(), files, page.getHelpfulCount(), page.getUnhelpfulCount(), mine,
        page.getCommentCount(), mayEdit, mayManage, page.isPublished() && policy.callerPersonId().isPresent());
  }

  /** A row of the files query (no content loaded). */
  public record FileRow(UUID id, String name, String type, long size, boolean indexable, String problem) {
    PageFileView view() {
      boolean image = PageFile.IMAGE.equals(type);
      return new PageFileView(id, name, type, image ? "JPEG" : DocumentType.valueOf(type).label(), size, image,
          indexable, problem);
    }
  }

  static PageFileView file(PageFile f) {
    return new FileRow(f.getId(), f.getFileName(), f.getType(), f.getSize(), f.isIndexable(), f.getIndexProblem())
        .view();
  }

  /** From the top down to the parent. */
  List<KnowledgePage> ancestors(KnowledgePage page) {
    List<KnowledgePage> chain = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (UUID p = page.getParentId(); p != null && seen.add(p) && chain.size() < PageHierarchy.MAX_DEPTH; ) {
      KnowledgePage parent = em.find(KnowledgePage.class, p);
      if (parent == null) {
        break;
      }
      chain.add(0, parent);
      p = parent.getParentId();
    }
    return chain;
  }

  private PageSpace space(KnowledgePage page) {
    if (page.getGroupId() != null) {
      String name = policy.group(page.getGroupId()).map(g -> g.name()).orElse("");
      return new PageSpace(PageSpace.Kind.GROUP, page.getGroupId(), name, page.getOrganisationId(), 0);
    }
    DepartmentSummary d = organisations.findDepartments(List.of(page.getDepartmentId())).get(page.getDepartmentId());
    return new PageSpace(PageSpace.Kind.DEPARTMENT, page.getDepartmentId(), d == null ? "" : d.name(),
        page.getOrganisationId(), 0);
  }

  /** The space's top pages, and under each page on the way to this one its children; depth first, by title. */
  private List<MenuItem> menu(KnowledgePage page, List<KnowledgePage> ancestors) {
    Map<UUID, List<KnowledgePage>> levels = new LinkedHashMap<>();
    levels.put(null, level(page, null));
    List<UUID> path = new ArrayList<>(ancestors.stream().map(KnowledgePage::getId).toList());
    path.add(page.getId());
    for (UUID p : path) {
      levels.put(p, level(page, p));
    }
    Set<UUID> all = new HashSet<>();
    levels.values().forEach(l -> l.forEach(x -> all.add(x.getId())));
    Set<UUID> parents = all.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
            "select distinct p.parentId from KnowledgePage p where p.parentId in :ids and p.unpublishedAt is null",
            UUID.class)
        .setParameter("ids", all).getResultList());
    List<MenuItem> out = new ArrayList<>();
    addLevel(out, levels, null, 0, new HashSet<>(path), page.getId(), parents);
    return out;
  }

  private void addLevel(List<MenuItem> out, Map<UUID, List<KnowledgePage>> levels, UUID parent, int depth,
      Set<UUID> path, UUID current, Set<UUID> parents) {
    for (KnowledgePage p : levels.getOrDefault(parent, List.of())) {
      boolean open = path.contains(p.getId());
      out.add(new MenuItem(p.getId(), p.getTitle(), depth, p.getId().equals(current), open, parents.contains(p.getId())));
      if (open && levels.containsKey(p.getId())) {
        addLevel(out, levels, p.getId(), depth + 1, path, current, parents);
      }
    }
  }

  private List<KnowledgePage> level(KnowledgePage page, UUID parent) {
    String space = page.getGroupId() != null ? "p.groupId = :space" : "p.departmentId = :space";
    var query = em.createQuery("select p from KnowledgePage p where " + space
            + (parent == null ? " and p.parentId is null" : " and p.parentId = :parent")
            + " and p.unpublishedAt is null order by p.title", KnowledgePage.class)
        .setParameter("space", page.getGroupId() != null ? page.getGroupId() : page.getDepartmentId());
    if (parent != null) {
      query.setParameter("parent", parent);
    }
    return query.setMaxResults(PageService.MENU_LEVEL_MAX).getResultList();
  }

  List<PageSummary> spaceChoices(KnowledgePage page, int max) {
    String space = page.getGroupId() != null ? "p.groupId = :space" : "p.departmentId = :space";
    return em.createQuery("select p from KnowledgePage p where " + space + " and p.id <> :self"
            + " and p.unpublishedAt is null order by p.title, p.id", KnowledgePage.class)
        .setParameter("space", page.getGroupId() != null ? page.getGroupId() : page.getDepartmentId())
        .setParameter("self", page.getId()).setMaxResults(max).getResultList().stream()
        .map(p -> new PageSummary(p.getId(), p.getTitle(), "", p.getUpdatedAt(), p.getReviewDate(), true, 0))
        .toList();
  }

  long countChildren(UUID pageId) {
    return em.createQuery("select count(p) from KnowledgePage p where p.parentId = :p and p.unpublishedAt is null",
        Long.class).setParameter("p", pageId).getSingleResult();
  }

  /** How many levels of pages are below this one (published or not: they move with it). */
  int depthBelow(UUID pageId) {
    int depth = 0;
    Collection<UUID> level = List.of(pageId);
    while (!level.isEmpty() && depth <= PageHierarchy.MAX_DEPTH) {
      level = em.createQuery("select p.id from KnowledgePage p where p.parentId in :ids", UUID.class)
          .setParameter("ids", level).getResultList();
      if (!level.isEmpty()) {
        depth++;
      }
    }
    return depth;
  }

  Page<PageSummary> children(UUID parentId, PageRequest request) {
    return summaries("p.parentId = :id", parentId, request);
  }

  Page<PageSummary> topPages(PageSpace.Kind kind, UUID spaceId, PageRequest request) {
    return summaries((kind == PageSpace.Kind.GROUP ? "p.groupId" : "p.departmentId") + " = :id and p.parentId is null",
        spaceId, request);
  }

  private Page<PageSummary> summaries(String where, UUID id, PageRequest request) {
    long total = em.createQuery("select count(p) from KnowledgePage p where " + where + " and p.unpublishedAt is null",
        Long.class).setParameter("id", id).getSingleResult();
    List<KnowledgePage> pages = em.createQuery("select p from KnowledgePage p where " + where
            + " and p.unpublishedAt is null order by p.title, p.id", KnowledgePage.class)
        .setParameter("id", id).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    Map<UUID, Long> childCounts = new HashMap<>();
    if (!pages.isEmpty()) {
      for (Object[] row : em.createQuery("select p.parentId, count(p) from KnowledgePage p where p.parentId in :ids"
              + " and p.unpublishedAt is null group by p.parentId", Object[].class)
          .setParameter("ids", pages.stream().map(KnowledgePage::getId).toList()).getResultList()) {
        childCounts.put((UUID) row[0], (Long) row[1]);
      }
    }
    return new Page<>(pages.stream().map(p -> new PageSummary(p.getId(), p.getTitle(),
        snippet(p.getHtml()), p.getUpdatedAt(), p.getReviewDate(), p.isPublished(),
        childCounts.getOrDefault(p.getId(), 0L))).toList(), request.page(), request.size(), total);
  }

  static String snippet(String html) {
    String plain = PageText.plain(html);
    if (plain.length() <= 160) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', 159);
    return plain.substring(0, cut > 80 ? cut : 159).strip() + "…";
  }

  Page<RevisionSummary> revisions(KnowledgePage page, PageRequest request) {
    List<PageRevision> revisions = em.createQuery(
            "select r from PageRevision r where r.pageId = :p order by r.number desc", PageRevision.class)
        .setParameter("p", page.getId()).setFirstResult(request.offset()).setMaxResults(request.size())
        .getResultList();
    Map<UUID, PersonRef> authors = people.findRefs(revisions.stream().map(PageRevision::getAuthorId).toList());
    return new Page<>(revisions.stream().map(r -> summary(r, authors, page)).toList(), request.page(), request.size(),
        page.getRevision());
  }

  static RevisionSummary summary(PageRevision r, Map<UUID, PersonRef> authors, KnowledgePage page) {
    return new RevisionSummary(r.getNumber(), r.getTitle(), authors.get(r.getAuthorId()), r.getCreatedAt(),
        r.getNote(), r.getRestoredFrom(), r.getNumber() == page.getRevision());
  }

  Page<ReviewTask> reviewTasks(long total, List<KnowledgePage> pages, PageRequest request, LocalDate today) {
    Map<UUID, PersonRef> owners = people.findRefs(pages.stream().map(KnowledgePage::getOwnerId).toList());
    Map<UUID, String> groupNames = groups.findVisibleNames(
        pages.stream().map(KnowledgePage::getGroupId).filter(java.util.Objects::nonNull).toList());
    Map<UUID, DepartmentSummary> departments = organisations.findDepartments(
        pages.stream().map(KnowledgePage::getDepartmentId).filter(java.util.Objects::nonNull).toList());
    return new Page<>(pages.stream().map(p -> new ReviewTask(p.getId(), p.getTitle(), p.getReviewDate(),
        ChronoUnit.DAYS.between(p.getReviewDate(), today), owners.get(p.getOwnerId()),
        p.getGroupId() != null ? groupNames.getOrDefault(p.getGroupId(), "")
            : java.util.Optional.ofNullable(departments.get(p.getDepartmentId())).map(DepartmentSummary::name)
                .orElse(""))).toList(), request.page(), request.size(), total);
  }

  /** Names the spaces and sorts them by name. */
  List<PageSpace> spaces(Map<UUID, Long> departmentCounts, Map<UUID, Long> groupCounts) {
    List<PageSpace> out = new ArrayList<>();
    Map<UUID, DepartmentSummary> departments = organisations.findDepartments(departmentCounts.keySet());
    departments.forEach((id, d) -> out.add(new PageSpace(PageSpace.Kind.DEPARTMENT, id, d.name(), d.organisationId(),
        departmentCounts.get(id))));
    Map<UUID, String> names = groups.findVisibleNames(groupCounts.keySet());
    names.forEach((id, name) -> out.add(new PageSpace(PageSpace.Kind.GROUP, id, name, null, groupCounts.get(id))));
    java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"));
    out.sort(Comparator.comparing(PageSpace::name, collator).thenComparing(s -> s.id().toString()));
    return out;
  }

  Page<PageFeedbackView> feedback(KnowledgePage page, PageRequest request) {
    long total = em.createQuery("select count(f) from PageFeedback f where f.pageId = :p", Long.class)
        .setParameter("p", page.getId()).getSingleResult();
    List<PageFeedback> rows = em.createQuery(
            "select f from PageFeedback f where f.pageId = :p order by f.createdAt desc, f.id", PageFeedback.class)
        .setParameter("p", page.getId()).setFirstResult(request.offset()).setMaxResults(request.size())
        .getResultList();
    Map<UUID, PersonRef> refs = people.findRefs(rows.stream().map(PageFeedback::getPersonId).toList());
    return new Page<>(rows.stream().map(f -> new PageFeedbackView(f.isHelpful(), f.getComment(),
        refs.get(f.getPersonId()), f.getCreatedAt())).toList(), request.page(), request.size(), total);
  }

  Page<PageCommentView> comments(KnowledgePage page, boolean mayManage, PageRequest request) {
    long total = em.createQuery("select count(c) from PageComment c where c.pageId = :p and c.deletedAt is null",
        Long.class).setParameter("p", page.getId()).getSingleResult();
    List<PageComment> rows = em.createQuery("select c from PageComment c where c.pageId = :p and c.deletedAt is null"
            + " order by c.createdAt, c.id", PageComment.class)
        .setParameter("p", page.getId()).setFirstResult(request.offset()).setMaxResults(request.size())
        .getResultList();
    Map<UUID, PersonRef> refs = people.findRefs(rows.stream().map(PageComment::getAuthorId).toList());
    return new Page<>(rows.stream().map(c -> new PageCommentView(c.getId(), refs.get(c.getAuthorId()), c.getHtml(),
        c.getCreatedAt(), mayManage || policy.callerPersonId().map(c.getAuthorId()::equals).orElse(false)))
        .toList(), request.page(), request.size(), total);
  }
}
