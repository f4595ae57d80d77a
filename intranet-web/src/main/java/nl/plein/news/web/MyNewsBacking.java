package nl.plein.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.news.api.NewsService;
import nl.plein.news.api.NewsSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;

/** {@code /news/mine}: what the writer wrote, scheduled items too, with how often each was read. */
@Named
@RequestScoped
public class MyNewsBacking {
  @Inject NewsService news;
  @Inject Feedback feedback;

  private String page;
  private Page<NewsSummary> items;

  public void load() {
    items = feedback.attemptAndGet(() -> news.listMyNews(new PageRequest(PageNumbers.parse(page), 20))).orElse(null);
  }

  public Page<NewsSummary> getItems() {
    return items;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
