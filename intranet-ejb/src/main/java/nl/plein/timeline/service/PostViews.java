package nl.plein.timeline.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.plein.groups.api.GroupService;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;
import nl.plein.timeline.api.CommentView;
import nl.plein.timeline.api.PostView;
import nl.plein.timeline.domain.Comment;
import nl.plein.timeline.domain.Post;

/**
 * Posts and comments as the reader sees them. A page costs the same few queries whatever its
 * size: the authors, the group names and the reader's likes each come in one query for the page.
 */
@RequestScoped
public class PostViews {
  @PersistenceContext EntityManager em;
  @EJB PersonService people;
  @EJB GroupService groups;
  @Inject PostAccessPolicy policy;

  List<PostView> posts(List<Post> posts) {
    if (posts.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<UUID>> likers = recentLikers(posts.stream().filter(p -> p.getLikeCount() > 0).map(Post::getId).toList());
    Set<UUID> personIds = posts.stream().map(Post::getAuthorId).collect(Collectors.toSet());
    likers.values().forEach(personIds::addAll);
    Map<UUID, PersonRef> authors = people.findRefs(personIds);
    Map<UUID, String> groupNames = groups.findVisibleNames(
        posts.stream().map(Post::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet()));
    List<UUID> ids = posts.stream().map(Post::getId).toList();
    Set<UUID> liked = likedPosts(ids);
    Map<UUID, List<UUID>> photos = photos(ids);
    Map<UUID, List<nl.plein.timeline.api.AttachmentView>> attachments = attachments(ids);
    Set<UUID> acknowledged = acknowledged(posts.stream().filter(Post::isMustRead).map(Post::getId).toList());
    return posts.stream()
        .map(p -> new PostView(p.getId(), authors.get(p.getAuthorId()), p.getGroupId(),
            p.getGroupId() == null ? null : groupNames.get(p.getGroupId()), p.getHtml(),
            policy.mayEdit(p) ? p.getSource() : null, p.getCreatedAt(), p.getEditedAt(), p.getLikeCount(),
            p.getCommentCount(), liked.contains(p.getId()), policy.mayEdit(p), policy.mayDelete(p),
            photos.getOrDefault(p.getId(), List.of()), p.isPinned(),
            p.getGroupId() != null && policy.scope().adminOf().contains(p.getGroupId()),
            p.isMustRead() ? new PostView.Reading(acknowledged.contains(p.getId()), -1, -1) : null,
            likers.getOrDefault(p.getId(), List.of()).stream().filter(id -> !policy.isCaller(id))
                .map(authors::get).filter(Objects::nonNull).limit(PostView.LIKERS_SHOWN).toList(),
            attachments.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  /**
   * The most recent likers of each post, a few per post, in one query for the page: a window
   * over the likes (PostgreSQL and H2 alike) instead of all likes of a popular post. A couple
   * more than shown, as some may be people the reader may not see.
   */
  @SuppressWarnings("unchecked")
  private Map<UUID, List<UUID>> recentLikers(List<UUID> postIds) {
    if (postIds.isEmpty()) {
      return Map.of();
    }
    // Ids as text: a native query gives H2's uuid as bytes, PostgreSQL's as UUID.
    List<Object[]> rows = em.createNativeQuery("select cast(post_id as varchar(36)), cast(person_id as varchar(36))"
            + " from (select post_id, person_id, created_at,"
            + " row_number() over (partition by post_id order by created_at desc, person_id) as n"
            + " from post_like where post_id in (:ids)) recent where n <= :n order by post_id, n")
        .setParameter("ids", postIds).setParameter("n", PostView.LIKERS_SHOWN + 2).getResultList();
    return rows.stream().collect(Collectors.groupingBy(r -> UUID.fromString(r[0].toString()),
        Collectors.mapping(r -> UUID.fromString(r[1].toString()), Collectors.toList())));
  }

  /**
   * One post with the counts of a must-read post for its writer and moderators: how many
   * acknowledged it, of how many it is for.
   */
  PostView post(Post post) {
    PostView view = posts(List.of(post)).get(0);
    if (!post.isMustRead() || !policy.mayDelete(post)) {
      return view;
    }
    long read = em.createQuery("select count(r) from PostRead r where r.key.postId = :id", Long.class)
        .setParameter("id", post.getId()).getSingleResult();
    long audience = post.getGroupId() != null
        ? groups.getAudience(post.getGroupId()).memberCount()
        : people.countPeopleOf(post.getOrganisationId());
    return view.withReading(new PostView.Reading(view.reading().acknowledged(), read, audience));
  }

  private Set<UUID> acknowledged(List<UUID> mustRead) {
    if (mustRead.isEmpty()) {
      return Set.of();
    }
    return policy.callerPersonId()
        .map(me -> (Set<UUID>) new HashSet<>(em.createQuery(
                "select r.key.postId from PostRead r where r.key.personId = :me and r.key.postId in :ids", UUID.class)
            .setParameter("me", me).setParameter("ids", mustRead).getResultList()))
        .orElse(Set.of());
  }

  /** The photos' ids per post, in order, without their bytes: one query for the page. */
  private Map<UUID, List<UUID>> photos(List<UUID> postIds) {
    return em.createQuery("select ph.postId, ph.id from PostPhoto ph where ph.postId in :ids order by ph.position",
            Object[].class)
        .setParameter("ids", postIds)
        .getResultStream()
        .collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> (UUID) r[1], Collectors.toList())));
  }

  /** The attachments per post, in order, without their bytes: one query for the page. */
  private Map<UUID, List<nl.plein.timeline.api.AttachmentView>> attachments(List<UUID> postIds) {
    return em.createQuery("select a.postId, a.id, a.fileName, a.type, a.size from PostAttachment a"
            + " where a.postId in :ids order by a.position", Object[].class)
        .setParameter("ids", postIds)
        .getResultStream()
        .collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(
            r -> new nl.plein.timeline.api.AttachmentView((UUID) r[1], (String) r[2],
                ((nl.plein.media.api.DocumentType) r[3]).label(), (Long) r[4]),
            Collectors.toList())));
  }

  List<CommentView> comments(Post post, List<Comment> comments) {
    if (comments.isEmpty()) {
      return List.of();
    }
    Map<UUID, PersonRef> authors = people.findRefs(comments.stream().map(Comment::getAuthorId).collect(Collectors.toSet()));
    Set<UUID> liked = likedComments(comments.stream().map(Comment::getId).toList());
    boolean moderates = policy.mayDelete(post) && !policy.mayEdit(post);
    return comments.stream()
        .map(c -> new CommentView(c.getId(), c.getParentId(), authors.get(c.getAuthorId()), c.getHtml(),
            c.getCreatedAt(), c.getLikeCount(), liked.contains(c.getId()),
            moderates || policy.isCaller(c.getAuthorId())))
        .toList();
  }

  private Set<UUID> likedPosts(List<UUID> ids) {
    return policy.callerPersonId()
        .map(me -> new HashSet<>(em.createQuery(
                "select l.key.postId from PostLike l where l.key.personId = :me and l.key.postId in :ids", UUID.class)
            .setParameter("me", me).setParameter("ids", ids).getResultList()))
        .map(s -> (Set<UUID>) s)
        .orElse(Set.of());
  }

  private Set<UUID> likedComments(List<UUID> ids) {
    return policy.callerPersonId()
        .map(me -> new HashSet<>(em.createQuery(
                "select l.key.commentId from CommentLike l where l.key.personId = :me and l.key.commentId in :ids",
                UUID.class)
            .setParameter("me", me).setParameter("ids", ids).getResultList()))
        .map(s -> (Set<UUID>) s)
        .orElse(Set.of());
  }
}
