package nl.plein.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.groups.api.GroupService;
import nl.plein.timeline.api.CommentView;
import nl.plein.timeline.domain.Comment;
import nl.plein.timeline.domain.CommentLike;
import nl.plein.timeline.domain.Post;
import nl.plein.timeline.domain.PostLike;
import nl.plein.timeline.domain.PostText;

/**
 * Comments and likes, within the transaction of the {@link TimelineServiceBean} method that
 * checked the post. Counts are recounted, not incremented, so two people liking at once still
 * give the right number.
 */
@ApplicationScoped
public class Conversations {
  @PersistenceContext EntityManager em;
  @Inject PostAccessPolicy policy;
  @Inject PostViews views;
  @Inject Mentions mentions;
  @jakarta.ejb.EJB GroupService groups;
  @jakarta.ejb.EJB nl.plein.people.api.PersonService people;
  @Inject jakarta.enterprise.event.Event<Object> events;

  void like(Post post, UUID me, Instant now) {
    post.checkNotDeleted();
    activeGroup(post);
    if (em.find(PostLike.class, new PostLike.Key(post.getId(), me)) != null) {
      throw new ConflictException("error.post.alreadyLiked");
    }
    em.persist(new PostLike(post.getId(), me, now));
    em.flush();
    post.recountLikes(count("select count(l) from PostLike l where l.key.postId = :id", post.getId()));
    events.fire(new nl.plein.timeline.api.PostLiked(post.getId(), post.getAuthorId(), me));
  }

  void unlike(Post post, UUID me) {
    PostLike like = em.find(PostLike.class, new PostLike.Key(post.getId(), me));
    if (like != null) {
      em.remove(like);
      em.flush();
      post.recountLikes(count("select count(l) from PostLike l where l.key.postId = :id", post.getId()));
    }
  }

  UUID comment(Post post, UUID parentId, UUID me, String text, Instant now) {
    post.checkNotDeleted();
    String source = PostText.clean("comment", text, Comment.MAX_LENGTH);
    var group = activeGroup(post);
    UUID parent = null;
    UUID repliedTo = null;
    if (parentId != null) {
      Comment replied = em.find(Comment.class, parentId);
      if (replied == null || !replied.getPostId().equals(post.getId()) || replied.isDeleted()) {
        throw new NotFoundException("error.comment.notFound");
      }
      // One level: a reply to a reply joins the same comment.
      parent = replied.getParentId() != null ? replied.getParentId() : replied.getId();
      repliedTo = replied.getAuthorId();
    }
    PostText.Rendered rendered = mentions.render("comment", source, List.of(), group);
    Comment comment = new Comment(post.getId(), parent, me, source, rendered.html(), now);
    em.persist(comment);
    em.flush();
    post.recountComments(count("select count(c) from Comment c where c.postId = :id and c.deletedAt is null", post.getId()));
    events.fire(new nl.plein.timeline.api.PostCommented(post.getId(), post.getAuthorId(), me, repliedTo));
    if (!rendered.mentioned().isEmpty()) {
      events.fire(new nl.plein.timeline.api.PeopleMentioned(post.getId(), me, rendered.mentioned()));
    }
    return comment.getId();
  }

  void deleteComment(UUID commentId, Instant now) {
    Comment comment = commentId == null ? null : em.find(Comment.class, commentId);
    if (comment == null || comment.isDeleted()) {
      throw new NotFoundException("error.comment.notFound");
    }
    Post post = policy.checkRead(em.find(Post.class, comment.getPostId()));
    if (!policy.isCaller(comment.getAuthorId()) && !policy.mayDelete(post)) {
      throw new AccessDeniedException("error.post.mayNotDelete");
    }
    comment.delete(now);
    em.flush();
    post.recountComments(count("select count(c) from Comment c where c.postId = :id and c.deletedAt is null", post.getId()));
  }

  void likeComment(UUID commentId, UUID me, Instant now) {
    Comment comment = readable(commentId);
    activeGroup(em.find(Post.class, comment.getPostId()));
    if (em.find(CommentLike.class, new CommentLike.Key(commentId, me)) != null) {
      throw new ConflictException("error.post.alreadyLiked");
    }
    em.persist(new CommentLike(commentId, me, now));
    em.flush();
    comment.recountLikes(count("select count(l) from CommentLike l where l.key.commentId = :id", commentId));
  }

  void unlikeComment(UUID commentId, UUID me) {
    Comment comment = readable(commentId);
    CommentLike like = em.find(CommentLike.class, new CommentLike.Key(commentId, me));
    if (like != null) {
      em.remove(like);
      em.flush();
      comment.recountLikes(count("select count(l) from CommentLike l where l.key.commentId = :id", commentId));
    }
  }

  Page<CommentView> listComments(Post post, PageRequest page) {
    long total = count("select count(c) from Comment c where c.postId = :id and c.deletedAt is null", post.getId());
    List<Comment> comments = em.createQuery(
            "select c from Comment c left join Comment p on p.id = c.parentId where c.postId = :id and c.deletedAt is null"
                + " order by coalesce(p.createdAt, c.createdAt), coalesce(p.id, c.id), c.createdAt", Comment.class)
        .setParameter("id", post.getId())
        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(views.comments(post, comments), page.page(), page.size(), total);
  }

  Page<nl.plein.timeline.api.Liker> listLikers(Post post, PageRequest page) {
    return likers("PostLike", "postId", post.getId(), page);
  }

  Page<nl.plein.timeline.api.Liker> listCommentLikers(UUID commentId, PageRequest page) {
    return likers("CommentLike", "commentId", readable(commentId).getId(), page);
  }

  /** A page of likes, newest first; names of people the reader may not see stay out. */
  private Page<nl.plein.timeline.api.Liker> likers(String entity, String key, UUID id, PageRequest page) {
    long total = count("select count(l) from " + entity + " l where l.key." + key + " = :id", id);
    List<Object[]> rows = em.createQuery("select l.key.personId, l.createdAt from " + entity + " l where l.key." + key
            + " = :id order by l.createdAt desc, l.key.personId", Object[].class)
        .setParameter("id", id).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    java.util.Map<UUID, nl.plein.people.api.PersonRef> refs =
        people.findRefs(rows.stream().map(r -> (UUID) r[0]).collect(java.util.stream.Collectors.toSet()));
    return new Page<>(rows.stream()
        .map(r -> new nl.plein.timeline.api.Liker(refs.get((UUID) r[0]), (Instant) r[1])).toList(),
        page.page(), page.size(), total);
  }

  /** An archived group is read-only: no comments or likes on its posts. */
  private nl.plein.groups.api.GroupAudience activeGroup(Post post) {
    if (post.getGroupId() == null) {
      return null;
    }
    var group = groups.getAudience(post.getGroupId());
    if (!group.active()) {
      throw new ConflictException("error.group.archived");
    }
    return group;
  }

  private Comment readable(UUID commentId) {
    Comment comment = commentId == null ? null : em.find(Comment.class, commentId);
    if (comment == null || comment.isDeleted()) {
      throw new NotFoundException("error.comment.notFound");
    }
    policy.checkRead(em.find(Post.class, comment.getPostId()));
    return comment;
  }

  private long count(String jpql, UUID id) {
    return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
  }
}
