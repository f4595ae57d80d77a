package nl.plein.timeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;
import nl.plein.timeline.api.CommentView;
import nl.plein.timeline.api.PostRequest;
import nl.plein.timeline.api.PostView;
import nl.plein.timeline.api.TimelineService;

/**
 * {@code /timeline/post.xhtml?id=}: one post with its comments and replies; liking, commenting,
 * replying, and for the author editing and deleting.
 */
@Named
@ViewScoped
public class PostBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int COMMENTS_PER_PAGE = 50;

  @Inject TimelineService timeline;
  @Inject nl.plein.timeline.api.ModerationService moderation;
  @Inject Feedback feedback;

  private String id;
  private String page;
  private PostView post;
  private Page<CommentView> comments;
  private String comment;
  private String editText;
  private final Map<UUID, String> replies = new HashMap<>();
  private final Map<UUID, String> reportReasons = new HashMap<>();
  private String reportReason;

  /** View action: an unknown, malformed or unreadable id is "not found" (404). */
  public void load() {
    Optional<UUID> postId = Ids.parse(id);
    if (postId.isEmpty()) {
      feedback.report(new NotFoundException("error.post.notFound"));
      return;
    }
    post = feedback.attemptAndGet(() -> timeline.getPost(postId.get())).orElse(null);
    if (post != null) {
      PageRequest request = new PageRequest(PageNumbers.parse(page), COMMENTS_PER_PAGE);
      comments = feedback.attemptAndGet(() -> timeline.listComments(post.id(), request)).orElse(null);
      editText = post.source();
    }
  }

  public String like() {
    return feedback.attempt(() -> timeline.like(post.id())) ? reload(null) : null;
  }

  public String unlike() {
    return feedback.attempt(() -> timeline.unlike(post.id())) ? reload(null) : null;
  }

  public String addComment() {
    return feedback.attempt(() -> timeline.comment(post.id(), null, comment)) ? reload("timeline.commented") : null;
  }

  public String reply(CommentView to) {
    return feedback.attempt(() -> timeline.comment(post.id(), to.id(), replies.get(to.id())))
        ? reload("timeline.replied")
        : null;
  }

  public String likeComment(CommentView c) {
    return feedback.attempt(() -> timeline.likeComment(c.id())) ? reload(null) : null;
  }

  public String unlikeComment(CommentView c) {
    return feedback.attempt(() -> timeline.unlikeComment(c.id())) ? reload(null) : null;
  }

  public String deleteComment(CommentView c) {
    return feedback.attempt(() -> timeline.deleteComment(c.id())) ? reload("timeline.commentDeleted") : null;
  }

  public String reportPost() {
    return feedback.attempt(() -> moderation.report(post.id(), null, reportReason)) ? reload("timeline.reported") : null;
  }

  public String reportComment(CommentView c) {
    return feedback.attempt(() -> moderation.report(post.id(), c.id(), reportReasons.get(c.id())))
        ? reload("timeline.reported")
        : null;
  }

  public Map<UUID, String> getReportReasons() {
    return reportReasons;
  }

  public String getReportReason() {
    return reportReason;
  }

  public void setReportReason(String reportReason) {
    this.reportReason = reportReason;
  }

  public String acknowledge() {
    return feedback.attempt(() -> timeline.acknowledge(post.id())) ? reload("timeline.acknowledged") : null;
  }

  public String save() {
    return feedback.attempt(() -> timeline.edit(post.id(), new PostRequest(editText, null, List.of())))
        ? reload("timeline.saved")
        : null;
  }

  public String delete() {
    return feedback.attempt(() -> timeline.delete(post.id()))
        ? feedback.redirect("/index.xhtml", "timeline.deleted")
        : null;
  }

  private String reload(String key) {
    return key == null ? feedback.reload() : feedback.reload(key);
  }

  public String getTitle() {
    return post == null ? feedback.text("timeline.post.notFound") : feedback.text("timeline.post.title",
        post.author() == null ? feedback.text("timeline.unknownAuthor") : post.author().displayName());
  }

  public PostView getPost() {
    return post;
  }

  public Page<CommentView> getComments() {
    return comments;
  }

  public Map<UUID, String> getReplies() {
    return replies;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getEditText() {
    return editText;
  }

  public void setEditText(String editText) {
    this.editText = editText;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
