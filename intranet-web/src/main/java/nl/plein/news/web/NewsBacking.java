package nl.plein.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.news.api.NewsKind;
import nl.plein.news.api.NewsService;
import nl.plein.news.api.NewsSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;

/** {@code /news/}: the news and blogs for the reader, newest first; {@code ?soort=nieuws|blog} narrows it. */
@Named
@RequestScoped
public class NewsBacking {
  @Inject NewsService news;
  @Inject Feedback feedback;

  private String soort;
  private String page;
  private NewsKind kind;
  private Page<NewsSummary> items;

  public void load() {
    kind = NewsKind.fromCode(soort).orElse(null);
    items = feedback.attemptAndGet(() -> news.listNews(kind, new PageRequest(PageNumbers.parse(page),
        NewsService.PAGE_SIZE))).orElse(null);
  }

  public String getHrefPrefix() {
    return "/news/?" + (kind == null ? "" : "soort=" + kind.code() + "&") + "page=";
  }

  public String getTitle() {
    return feedback.text(kind == NewsKind.BLOG ? "news.blogs.title" : "news.title");
  }

  public boolean isMayWriteNews() {
    return news.mayWrite(NewsKind.NEWS);
  }

  public boolean isMayWriteBlog() {
    return news.mayWrite(NewsKind.BLOG);
  }

  public String getKind() {
    return kind == null ? "" : kind.code();
  }

  public Page<NewsSummary> getItems() {
    return items;
  }

  public String getSoort() {
    return soort;
  }

  public void setSoort(String soort) {
    this.soort = soort;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
