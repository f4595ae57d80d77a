package nl.plein.news.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.ValidationException;
import nl.plein.media.api.UploadedFile;
import nl.plein.news.api.NewsKind;
import nl.plein.news.api.NewsRequest;
import nl.plein.news.api.NewsService;
import nl.plein.news.api.NewsTarget;
import nl.plein.news.api.NewsView;
import nl.plein.news.api.TargetOption;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.Uploads;

/**
 * {@code /news/edit?soort=nieuws|blog} (new) or {@code ?id=} (change): title, teaser, text with the
 * Markdown toolbar, a picture with its description, who it is for (checkboxes of the installation,
 * organisations and departments the writer may choose) and when it appears.
 */
@Named
@ViewScoped
public class EditNewsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject transient NewsService news;
  @Inject transient Feedback feedback;

  private String id;
  private String soort;
  private NewsKind kind;
  private NewsView existing;
  private List<TargetOption> options = List.of();
  private Set<String> chosen = new LinkedHashSet<>();
  private boolean ready;

  private String title;
  private String teaser;
  private String text;
  private String imageAlt;
  private String publishAt;
  private boolean removeImage;
  private transient jakarta.servlet.http.Part image;

  public void load() {
    Optional<UUID> itemId = Ids.parse(id);
    if (id != null && !id.isBlank()) {
      if (itemId.isEmpty()) {
        feedback.report(new NotFoundException("error.news.notFound"));
        return;
      }
      existing = feedback.attemptAndGet(() -> news.getNewsForEditing(itemId.get())).orElse(null);
      if (existing == null) {
        return;
      }
      kind = existing.summary().kind();
      title = existing.summary().title();
      teaser = existing.writtenTeaser();
      text = existing.source();
      imageAlt = existing.summary().imageAlt();
      publishAt = LocalDateTime.ofInstant(existing.summary().publishAt(), ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
      chosen = new LinkedHashSet<>(existing.targetCodes());
    } else {
      kind = NewsKind.fromCode(soort).orElse(NewsKind.NEWS);
      if (!news.mayWrite(kind)) {
        feedback.report(new nl.plein.common.api.AccessDeniedException(
            kind == NewsKind.NEWS ? "error.news.mayNotWrite" : "error.news.mayNotBlog"));
        return;
      }
    }
    options = news.listTargetOptions(kind);
    ready = true;
  }

  public String save() {
    String[] checked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
        .get("targets");
    chosen = new LinkedHashSet<>(checked == null ? List.of() : List.of(checked));
    if (existing != null) {
      // Audiences this editor cannot choose (another organisation's) are not offered, so they stay.
      Set<String> offered = new java.util.HashSet<>();
      options.forEach(o -> offered.add(o.code()));
      existing.targetCodes().stream().filter(code -> !offered.contains(code)).forEach(chosen::add);
    }
    List<NewsTarget> targets = new ArrayList<>();
    chosen.forEach(code -> NewsTarget.fromCode(code).ifPresent(targets::add));
    Instant at;
    try {
      at = publishAt == null || publishAt.isBlank() ? null
          : LocalDateTime.parse(publishAt.strip()).atZone(ZONE).toInstant();
    } catch (DateTimeParseException e) {
      feedback.report(ValidationException.of("publishAt", "error.news.dateTime"));
      return null;
    }
    byte[] content = Uploads.read(image, Uploads.MAX_UPLOAD_BYTES);
    UploadedFile picture = content == null ? null : new UploadedFile(image.getSubmittedFileName(), content);
    NewsRequest request = new NewsRequest(kind, title, teaser, text, targets, at, picture, imageAlt, removeImage);
    if (existing == null) {
      Optional<UUID> created = feedback.attemptAndGet(() -> news.publishNews(request));
      return created.map(c -> feedback.redirect("/news/item.xhtml?id=" + c, "news.published")).orElse(null);
    }
    UUID itemId = existing.summary().id();
    return feedback.attempt(() -> news.editNews(itemId, request))
        ? feedback.redirect("/news/item.xhtml?id=" + itemId, "news.saved") : null;
  }

  public boolean isChosen(TargetOption option) {
    return chosen.contains(option.code());
  }

  public String getHeading() {
    if (existing != null) {
      return feedback.text("news.edit.title");
    }
    return feedback.text(kind == NewsKind.BLOG ? "news.newBlog.title" : "news.new.title");
  }

  public boolean isReady() {
    return ready;
  }

  public boolean isNew() {
    return existing == null;
  }

  public NewsView getExisting() {
    return existing;
  }

  public List<TargetOption> getOptions() {
    return options;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTeaser() {
    return teaser;
  }

  public void setTeaser(String teaser) {
    this.teaser = teaser;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getImageAlt() {
    return imageAlt;
  }

  public void setImageAlt(String imageAlt) {
    this.imageAlt = imageAlt;
  }

  public String getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(String publishAt) {
    this.publishAt = publishAt;
  }

  public boolean isRemoveImage() {
    return removeImage;
  }

  public void setRemoveImage(boolean removeImage) {
    this.removeImage = removeImage;
  }

  public jakarta.servlet.http.Part getImage() {
    return image;
  }

  public void setImage(jakarta.servlet.http.Part image) {
    this.image = image;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getSoort() {
    return soort;
  }

  public void setSoort(String soort) {
    this.soort = soort;
  }
}
