package nl.plein.news.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.news.api.NewsCommentView;
import nl.plein.news.api.NewsService;
import nl.plein.news.api.NewsStats;
import nl.plein.news.api.NewsView;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /news/item?id=}: a news item or blog, counted as read; for its writer and editors the
 * figures (reads, unique readers, per organisation); for blogs likes and comments.
 */
@Named
@ViewScoped
public class NewsItemBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int COMMENTS_PER_PAGE = 30;

  @Inject transient NewsService news;
  @Inject transient Feedback feedback;

  private String id;
  private String page;
  private NewsView view;
  private NewsStats stats;
  private Page<NewsCommentView> comments;
  private String comment;

  public void load() {
    Optional<UUID> itemId = Ids.parse(id);
    if (itemId.isEmpty()) {
      feedback.report(new NotFoundException("error.news.notFound"));
      return;
    }
    view = feedback.attemptAndGet(() -> news.readNews(itemId.get())).orElse(null);
    if (view == null) {
      return;
    }
    if (view.mayEdit()) {
      stats = news.getStats(itemId.get());
    }
    if (view.summary().blog()) {
      comments = news.listComments(itemId.get(), new PageRequest(PageNumbers.parse(page), COMMENTS_PER_PAGE));
    }
  }

  public String like() {
    return feedback.attempt(() -> news.like(view.summary().id())) ? feedback.reload() : null;
  }

  public String unlike() {
    return feedback.attempt(() -> news.unlike(view.summary().id())) ? feedback.reload() : null;
  }

  public String addComment() {
    return feedback.attempt(() -> news.comment(view.summary().id(), comment)) ? feedback.reload("news.commented") : null;
  }

  public String deleteComment(NewsCommentView c) {
    return feedback.attempt(() -> news.deleteComment(c.id())) ? feedback.reload("news.commentDeleted") : null;
  }

  public String delete() {
    return feedback.attempt(() -> news.deleteNews(view.summary().id()))
        ? feedback.redirect("/news/mine.xhtml", "news.deleted") : null;
  }

  /**
   * The bar of the per-organisation chart, in steps of 5% of the widest (the organisation with most
   * readers): the suffix of its class {@code plein-bar--w<step>}.
   */
  public long barStep(long readers) {
    long most = stats == null ? 0 : stats.perOrganisation().stream().mapToLong(NewsStats.OrganisationReaders::readers)
        .max().orElse(0);
    return most == 0 ? 0 : Math.round(20.0 * readers / most) * 5;
  }

  public String getHrefPrefix() {
    return "/news/item?id=" + (view == null ? "" : view.summary().id()) + "&page=";
  }

  public String getTitle() {
    return view == null ? feedback.text("news.title") : view.summary().title();
  }

  public NewsView getView() {
    return view;
  }

  public NewsStats getStats() {
    return stats;
  }

  public Page<NewsCommentView> getComments() {
    return comments;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
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
