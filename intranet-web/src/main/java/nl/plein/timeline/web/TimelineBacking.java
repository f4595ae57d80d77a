package nl.plein.timeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import nl.plein.platform.web.Feedback;
import nl.plein.groups.api.GroupSummary;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.people.api.PersonProfile;
import nl.plein.timeline.api.PostView;
import nl.plein.timeline.api.TimelinePage;
import nl.plein.timeline.api.TimelineService;

/**
 * A timeline on a page: the start page's own timeline, a group's, a person's or a hashtag's, with
 * the actions on its posts (like, unlike, delete). View-scoped, so that a button on a post finds
 * the posts again on the postback. {@code ?voor=} holds the cursor of an older page.
 */
@Named
@ViewScoped
public class TimelineBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TimelineService timeline;
  @Inject Feedback feedback;

  private String cursor;
  private TimelinePage page;
  /** The page's own address with its parameters, for "older posts". */
  private String olderHref;

  public void loadOwn() {
    load(c -> timeline.listStartPage(c), "/?");
  }

  /**
   * After the group page loaded its group (null when not found): a closed or secret group's
   * conversation is for its members, an open group's for all who see the group.
   */
  public void loadGroup(GroupSummary group) {
    if (group != null && (group.member() || group.visibility() == GroupVisibility.OPEN)) {
      load(c -> timeline.listGroupTimeline(group.id(), c), "/groups/group?id=" + group.id() + "&");
    }
  }

  /** After the profile page loaded its person (null when not found). */
  public void loadProfile(PersonProfile person) {
    if (person != null) {
      load(c -> timeline.listProfileTimeline(person.id(), c), "/people/person?id=" + person.id() + "&");
    }
  }

  public void loadHashtag(String tag) {
    if (tag != null && !tag.isBlank()) {
      load(c -> timeline.listHashtagTimeline(tag, c), "/timeline/hashtag?tag=" + tag + "&");
    }
  }

  private void load(Function<String, TimelinePage> list, String base) {
    if (page != null) {
      return; // loaded before: a postback on the same view
    }
    page = feedback.attemptAndGet(() -> list.apply(cursor)).orElse(null);
    olderHref = page == null || page.nextCursor() == null ? null : base + "voor=" + page.nextCursor();
  }

  public String like(PostView post) {
    return feedback.attempt(() -> timeline.like(post.id())) ? feedback.reload() : null;
  }

  public String unlike(PostView post) {
    return feedback.attempt(() -> timeline.unlike(post.id())) ? feedback.reload() : null;
  }

  public String pin(PostView post) {
    return feedback.attempt(() -> timeline.pin(post.id())) ? feedback.reload("timeline.didPin") : null;
  }

  public String unpin(PostView post) {
    return feedback.attempt(() -> timeline.unpin(post.id())) ? feedback.reload("timeline.unpinned") : null;
  }

  public String acknowledge(PostView post) {
    return feedback.attempt(() -> timeline.acknowledge(post.id())) ? feedback.reload("timeline.acknowledged") : null;
  }

  /** Where "new posts" count from: the newest post on the page (its cursor), or null. */
  public String getNewestCursor() {
    List<PostView> posts = getPosts();
    return posts.isEmpty() ? null : posts.get(0).createdAt().toEpochMilli() + "_" + posts.get(0).id();
  }

  public List<PostView> getPinned() {
    return page == null ? List.of() : page.pinned();
  }

  public String delete(PostView post) {
    return feedback.attempt(() -> timeline.delete(post.id())) ? feedback.reload("timeline.deleted") : null;
  }

  public List<PostView> getPosts() {
    return page == null ? List.of() : page.items();
  }

  /** Posts and, on the start page, news between them, newest first. */
  public List<TimelinePage.Entry> getEntries() {
    return page == null ? List.of() : page.entries();
  }

  public boolean isLoaded() {
    return page != null;
  }

  public String getOlderHref() {
    return olderHref;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }
}
