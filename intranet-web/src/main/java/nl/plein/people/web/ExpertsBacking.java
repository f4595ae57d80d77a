package nl.plein.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.people.api.DirectoryService;
import nl.plein.people.api.ExpertHit;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;

/** {@code /people/experts.xhtml?q=}: "who knows about ...?", with why each person is shown. */
@Named
@RequestScoped
public class ExpertsBacking {
  @Inject DirectoryService directory;
  @Inject Feedback feedback;

  private String q;
  private String page;
  private Page<ExpertHit> result;

  /** View action: without a topic the page only shows the question. */
  public void load() {
    if (getTopic() == null) {
      return;
    }
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> directory.findExperts(getTopic(), request)).orElse(null);
  }

  public String getTopic() {
    return q == null || q.isBlank() ? null : q.strip();
  }

  /** The topic for use in an address (the pager, the directory link). */
  public String getEncodedTopic() {
    return URLEncoder.encode(getTopic() == null ? "" : getTopic(), StandardCharsets.UTF_8);
  }

  public String getPageHrefPrefix() {
    return "/people/experts?q=" + getEncodedTopic() + "&page=";
  }

  public Page<ExpertHit> getResult() {
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
