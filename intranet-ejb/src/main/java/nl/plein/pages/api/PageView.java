package nl.plein.pages.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/**
 * A knowledge page as a reader sees it, with what the reader may do. An unpublished page shows
 * its reason and successor; its text only to who may bring it back ({@code mayManage}).
 *
 * @param source the Markdown, for the editor (only when {@code mayEdit})
 * @param revision the current revision number: the base of the next save
 * @param reviewDue the review date has come
 * @param myFeedback the reader's own "helpful?" answer: true, false or null
 */
public record PageView(UUID id, String title, String html, String source, PageSpace space, List<PageLink> breadcrumbs,
    List<MenuItem> menu, List<PageLink> children, long childCount, PersonRef owner, LocalDate reviewDate,
    boolean reviewDue, int revision, Instant updatedAt, PersonRef updatedBy, boolean published,
    String unpublishedReason, PageLink successor, Instant unpublishedAt, List<PageFileView> files,
    int helpfulCount, int unhelpfulCount, Boolean myFeedback, int commentCount, boolean mayEdit, boolean mayManage,
    boolean mayComment) implements Serializable {
  public PageView {
    breadcrumbs = List.copyOf(breadcrumbs);
    menu = List.copyOf(menu);
    children = List.copyOf(children);
    files = List.copyOf(files);
  }

  public UUID parentId() {
    return breadcrumbs.isEmpty() ? null : breadcrumbs.get(breadcrumbs.size() - 1).id();
  }
}
