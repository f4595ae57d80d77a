package nl.plein.pages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.pages.api.PageService;
import nl.plein.pages.api.RevisionComparison;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/** {@code /pages/compare.xhtml?id=&from=&to=}: what changed between two revisions of a page. */
@Named
@RequestScoped
public class CompareBacking {
  @Inject PageService pages;
  @Inject Feedback feedback;

  private String id;
  private String from;
  private String to;
  private RevisionComparison comparison;

  public void load() {
    Optional<UUID> pageId = Ids.parse(id);
    Optional<Integer> a = number(from);
    Optional<Integer> b = number(to);
    if (pageId.isEmpty() || a.isEmpty() || b.isEmpty()) {
      feedback.report(new NotFoundException("error.knowledge.revisionNotFound"));
      return;
    }
    comparison = feedback.attemptAndGet(() -> pages.compareRevisions(pageId.get(), a.get(), b.get())).orElse(null);
  }

  private static Optional<Integer> number(String s) {
    return s != null && s.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(s)) : Optional.empty();
  }

  public RevisionComparison getComparison() {
    return comparison;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
