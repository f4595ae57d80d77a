package nl.plein.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.people.api.ExpertiseService;
import nl.plein.people.api.ExpertiseTagSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * {@code /admin/expertise.xhtml}: the expertise tags people declared, searchable, and merging a
 * tag into another (typing variants, synonyms). The search also narrows the merge choices.
 */
@Named
@ViewScoped
public class ExpertiseBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final PageRequest MERGE_CHOICES = new PageRequest(1, 100);

  @Inject ExpertiseService expertise;
  @Inject Feedback feedback;

  private String q;
  private String page;
  private Page<ExpertiseTagSummary> result;
  private List<ExpertiseTagSummary> choices = List.of();
  private String sourceId;
  private String targetId;

  /** View action: the search ({@code ?q=}) and page ({@code ?page=}) come from the address. */
  public void load() {
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> expertise.listTags(q, request)).orElse(null);
    choices = feedback.attemptAndGet(() -> expertise.listTags(q, MERGE_CHOICES)).map(Page::items).orElse(List.of());
  }

  public String merge() {
    Optional<UUID> source = Ids.parse(sourceId);
    Optional<UUID> target = Ids.parse(targetId);
    List<FieldError> missing = new ArrayList<>();
    if (source.isEmpty()) {
      missing.add(FieldError.of("sourceId", "error.field.required"));
    }
    if (target.isEmpty()) {
      missing.add(FieldError.of("targetId", "error.field.required"));
    }
    if (!missing.isEmpty()) {
      feedback.report(new ValidationException(missing));
      return null;
    }
    String sourceName = name(source.get());
    String targetName = name(target.get());
    return feedback.attempt(() -> expertise.mergeTags(source.get(), target.get()))
        ? feedback.reload("expertise.merged", sourceName, targetName)
        : null;
  }

  private String name(UUID id) {
    return choices.stream().filter(t -> t.id().equals(id)).map(ExpertiseTagSummary::name).findFirst().orElse("");
  }

  public String getPageHrefPrefix() {
    String search = q == null || q.isBlank() ? "" : "q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8) + "&";
    return "/admin/expertise?" + search + "page=";
  }

  public Page<ExpertiseTagSummary> getResult() {
    return result;
  }

  public List<ExpertiseTagSummary> getChoices() {
    return choices;
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

  public String getSourceId() {
    return sourceId;
  }

  public void setSourceId(String sourceId) {
    this.sourceId = sourceId;
  }

  public String getTargetId() {
    return targetId;
  }

  public void setTargetId(String targetId) {
    this.targetId = targetId;
  }
}
