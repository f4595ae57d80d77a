package nl.plein.pages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.ReviewTask;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;

/**
 * Pages due for review: {@code /pages/reviews.xhtml} lists the reader's own (their to-do list),
 * {@code /community/pages.xhtml} the community manager's stale-page queue.
 */
@Named
@RequestScoped
public class ReviewsBacking {
  static final int PER_PAGE = 25;

  @Inject PageService pages;
  @Inject Feedback feedback;

  private String page;
  private Page<ReviewTask> tasks;

  public void loadOwn() {
    tasks = feedback.attemptAndGet(() -> pages.listMyReviews(new PageRequest(PageNumbers.parse(page), PER_PAGE)))
        .orElse(null);
  }

  public void loadStale() {
    tasks = feedback.attemptAndGet(() -> pages.listStalePages(new PageRequest(PageNumbers.parse(page), PER_PAGE)))
        .orElse(null);
  }

  public Page<ReviewTask> getTasks() {
    return tasks;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
