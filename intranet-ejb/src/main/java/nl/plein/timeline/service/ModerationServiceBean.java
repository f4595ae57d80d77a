package nl.plein.timeline.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.Validator;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;
import nl.plein.timeline.api.ModerationService;
import nl.plein.timeline.api.ReportView;
import nl.plein.timeline.domain.Comment;
import nl.plein.timeline.domain.ContentReport;
import nl.plein.timeline.domain.Post;
import nl.plein.timeline.domain.PostText;

/**
 * The moderation queue. The community manager sees the reported text, also from a closed or
 * secret group: judging it is their task; they see nothing else of such a group.
 */
@Stateless
public class ModerationServiceBean implements ModerationService {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;
  @Inject PostAccessPolicy policy;
  @EJB PersonService people;
  @Inject TimelineSearch search;

  Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public UUID report(UUID postId, UUID commentId, String reason) {
    UUID me = policy.requirePerson();
    Post post = policy.checkRead(postId == null ? null : em.find(Post.class, postId));
    if (commentId != null) {
      Comment comment = em.find(Comment.class, commentId);
      if (comment == null || comment.isDeleted() || !comment.getPostId().equals(post.getId())) {
        throw new NotFoundException("error.comment.notFound");
      }
    }
    String text = Validator.clean(reason);
    new Validator().maxLength("reason", text, ContentReport.MAX_REASON).throwIfInvalid();
    if (openReports(post.getId(), commentId).stream().anyMatch(r -> r.getReporterId().equals(me))) {
      throw new ConflictException("error.report.already");
    }
    ContentReport report = new ContentReport(post.getId(), commentId, post.getOrganisationId(), me, text, now());
    em.persist(report);
    return report.getId();
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public Page<ReportView> listOpenReports(PageRequest page) {
    return list(ContentReport.Status.OPEN, " order by r.createdAt, r.id", page);
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public Page<ReportView> listHidden(PageRequest page) {
    return list(ContentReport.Status.HIDDEN, " order by r.decidedAt desc, r.id", page);
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public void hide(UUID reportId) {
    ContentReport report = stewarded(reportId);
    UUID me = policy.requirePerson();
    Instant now = now();
    Post post = em.find(Post.class, report.getPostId());
    if (report.getCommentId() == null) {
      post.delete(me, now);
    } else {
      em.find(Comment.class, report.getCommentId()).delete(now);
      em.flush();
      post.recountComments(comments(post.getId()));
    }
    report.decide(ContentReport.Status.HIDDEN, me, now);
    closeOthers(report, me, now);
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public void dismiss(UUID reportId) {
    ContentReport report = stewarded(reportId);
    UUID me = policy.requirePerson();
    report.decide(ContentReport.Status.DISMISSED, me, now());
    closeOthers(report, me, now());
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public void restore(UUID reportId) {
    ContentReport report = stewarded(reportId);
    Post post = em.find(Post.class, report.getPostId());
    if (report.getCommentId() == null) {
      if (report.getStatus() != ContentReport.Status.HIDDEN) {
        throw new ConflictException("error.report.notHidden");
      }
      bringBack(post); // settles this report with any other that hid the post
      return;
    }
    em.find(Comment.class, report.getCommentId()).restore();
    em.flush();
    post.recountComments(comments(post.getId()));
    report.restore(policy.requirePerson(), now());
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public Page<nl.plein.timeline.api.DeletedPostView> listDeleted(PageRequest page) {
    Optional<Set<UUID>> orgs = stewardedOrganisations();
    if (orgs.isPresent() && orgs.get().isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    var result = search.deleted(policy.readerTerms(), orgs, page.offset(), page.size());
    List<Post> posts = result.hits();
    Set<UUID> personIds = new HashSet<>();
    posts.forEach(p -> {
      personIds.add(p.getAuthorId());
      if (p.getDeletedBy() != null) {
        personIds.add(p.getDeletedBy());
      }
    });
    Map<UUID, PersonRef> refs = people.findRefs(personIds);
    return new Page<>(posts.stream()
        .map(p -> new nl.plein.timeline.api.DeletedPostView(p.getId(), PostText.snippet(p.getHtml(), 200),
            refs.get(p.getAuthorId()), p.getDeletedBy() == null ? null : refs.get(p.getDeletedBy()),
            p.getAuthorId().equals(p.getDeletedBy()), p.getCreatedAt(), p.getDeletedAt()))
        .toList(), page.page(), page.size(), result.total().hitCount());
  }

  @Override
  @RolesAllowed(Roles.COMMUNITY_MANAGER)
  public void restorePost(UUID postId) {
    Post post = postId == null ? null : em.find(Post.class, postId);
    if (post == null || !policy.mayRead(post)) {
      throw new NotFoundException("error.post.notFound");
    }
    if (!user.hasRoleFor(Role.COMMUNITY_MANAGER, post.getOrganisationId())) {
      throw AccessDeniedException.generic();
    }
    if (!post.isDeleted()) {
      throw new ConflictException("error.post.notDeleted");
    }
    bringBack(post);
  }

  /** The post is back on every timeline; the report that hid it, if any, is settled as restored. */
  private void bringBack(Post post) {
    post.restore();
    UUID me = policy.requirePerson();
    Instant now = now();
    em.createQuery("select r from ContentReport r where r.postId = :p and r.commentId is null and r.status = :hidden",
            ContentReport.class)
        .setParameter("p", post.getId()).setParameter("hidden", ContentReport.Status.HIDDEN)
        .getResultList().forEach(r -> r.restore(me, now));
  }

  private Optional<Set<UUID>> stewardedOrganisations() {
    return user.hasInstallationRole(Role.COMMUNITY_MANAGER)
        ? Optional.empty() : Optional.of(user.organisationsWithRole(Role.COMMUNITY_MANAGER));
  }

  /** Other open reports of the same post or comment are settled by the same decision. */
  private void closeOthers(ContentReport decided, UUID me, Instant now) {
    openReports(decided.getPostId(), decided.getCommentId()).stream()
        .filter(r -> !r.getId().equals(decided.getId()))
        .forEach(r -> r.decide(ContentReport.Status.DISMISSED, me, now));
  }

  /** The open reports of a post ({@code commentId} null) or of one comment on it. */
  private List<ContentReport> openReports(UUID postId, UUID commentId) {
    var query = em.createQuery("select r from ContentReport r where r.postId = :p and r.status = :open and "
            + (commentId == null ? "r.commentId is null" : "r.commentId = :c"), ContentReport.class)
        .setParameter("p", postId).setParameter("open", ContentReport.Status.OPEN);
    if (commentId != null) {
      query.setParameter("c", commentId);
    }
    return query.getResultList();
  }

  private Page<ReportView> list(ContentReport.Status status, String order, PageRequest page) {
    Optional<Set<UUID>> orgs = stewardedOrganisations();
    if (orgs.isPresent() && orgs.get().isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    String where = " from ContentReport r where r.status = :status"
        + (orgs.isPresent() ? " and r.organisationId in :orgs" : "");
    var count = em.createQuery("select count(r)" + where, Long.class).setParameter("status", status);
    var query = em.createQuery("select r" + where + order, ContentReport.class).setParameter("status", status);
    orgs.ifPresent(o -> {
      count.setParameter("orgs", o);
      query.setParameter("orgs", o);
    });
    List<ContentReport> reports = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(views(reports), page.page(), page.size(), count.getSingleResult());
  }

  /** The texts and people of a page of reports, in a few queries whatever its size. */
  private List<ReportView> views(List<ContentReport> reports) {
    if (reports.isEmpty()) {
      return List.of();
    }
    Map<UUID, Post> posts = byId(em.createQuery("select p from Post p where p.id in :ids", Post.class)
        .setParameter("ids", reports.stream().map(ContentReport::getPostId).toList()).getResultList(), Post::getId);
    List<UUID> commentIds = reports.stream().map(ContentReport::getCommentId).filter(java.util.Objects::nonNull).toList();
    Map<UUID, Comment> comments = commentIds.isEmpty() ? Map.of()
        : byId(em.createQuery("select c from Comment c where c.id in :ids", Comment.class)
            .setParameter("ids", commentIds).getResultList(), Comment::getId);
    Set<UUID> personIds = new HashSet<>();
    for (ContentReport r : reports) {
      personIds.add(r.getReporterId());
      personIds.add(r.getCommentId() == null ? posts.get(r.getPostId()).getAuthorId() : comments.get(r.getCommentId()).getAuthorId());
    }
    Map<UUID, PersonRef> refs = people.findRefs(personIds);
    return reports.stream().map(r -> {
      Comment c = r.getCommentId() == null ? null : comments.get(r.getCommentId());
      Post p = posts.get(r.getPostId());
      String html = c == null ? p.getHtml() : c.getHtml();
      UUID author = c == null ? p.getAuthorId() : c.getAuthorId();
      return new ReportView(r.getId(), r.getPostId(), r.getCommentId(), PostText.snippet(html, 200),
          refs.get(author), refs.get(r.getReporterId()), r.getReason(), r.getCreatedAt(), r.getDecidedAt());
    }).toList();
  }

  private static <T> Map<UUID, T> byId(List<T> items, java.util.function.Function<T, UUID> id) {
    return items.stream().collect(java.util.stream.Collectors.toMap(id, t -> t));
  }

  private ContentReport stewarded(UUID reportId) {
    ContentReport report = reportId == null ? null : em.find(ContentReport.class, reportId);
    if (report == null) {
      throw new NotFoundException("error.report.notFound");
    }
    if (!user.hasRoleFor(Role.COMMUNITY_MANAGER, report.getOrganisationId())) {
      throw AccessDeniedException.generic();
    }
    return report;
  }

  private long comments(UUID postId) {
    return em.createQuery("select count(c) from Comment c where c.postId = :id and c.deletedAt is null", Long.class)
        .setParameter("id", postId).getSingleResult();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
