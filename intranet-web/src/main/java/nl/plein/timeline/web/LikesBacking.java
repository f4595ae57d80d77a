package nl.plein.timeline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;
import nl.plein.timeline.api.Liker;
import nl.plein.timeline.api.TimelineService;

/**
 * {@code /timeline/likes.xhtml?post=[&comment=]}: who liked a post or one of its comments, most
 * recently first, paged.
 */
@Named
@RequestScoped
public class LikesBacking {
  static final int PER_PAGE = 50;

  @Inject TimelineService timeline;
  @Inject Feedback feedback;

  private String post;
  private String comment;
  private String page;
  private Page<Liker> likers;

  /** View action: an unknown or unreadable post or comment is "not found" (404). */
  public void load() {
    Optional<UUID> postId = Ids.parse(post);
    Optional<UUID> commentId = Ids.parse(comment);
    if (postId.isEmpty() || (comment != null && !comment.isBlank() && commentId.isEmpty())) {
      feedback.report(new NotFoundException("error.post.notFound"));
      return;
    }
    PageRequest request = new PageRequest(PageNumbers.parse(page), PER_PAGE);
    likers = feedback.attemptAndGet(() -> commentId.isPresent()
        ? timeline.listCommentLikers(commentId.get(), request)
        : timeline.listLikers(postId.get(), request)).orElse(null);
  }

  /** The pager's links keep the post and comment. */
  public String getHrefPrefix() {
    return "/timeline/likes?post=" + Ids.parse(post).map(UUID::toString).orElse("")
        + Ids.parse(comment).map(c -> "&comment=" + c).orElse("") + "&page=";
  }

  public Page<Liker> getLikers() {
    return likers;
  }

  public String getPost() {
    return post;
  }

  public void setPost(String post) {
    this.post = post;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
