package nl.plein.timeline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.plein.platform.web.Feedback;
import nl.plein.timeline.api.TimelineService;

/** {@code /timeline/hashtag.xhtml?tag=}: a hashtag's posts, and following it. */
@Named
@RequestScoped
public class HashtagBacking {
  @Inject TimelineService timeline;
  @Inject Feedback feedback;

  private String tag;
  private Boolean following;

  public String follow() {
    return feedback.attempt(() -> timeline.followHashtag(tag)) ? feedback.reload("timeline.hashtag.followed", "#" + tag) : null;
  }

  public String unfollow() {
    return feedback.attempt(() -> timeline.unfollowHashtag(tag))
        ? feedback.reload("timeline.hashtag.unfollowed", "#" + tag)
        : null;
  }

  public boolean isFollowing() {
    if (following == null) {
      following = tag != null && !tag.isBlank() && feedback.attemptAndGet(() -> timeline.followsHashtag(tag)).orElse(false);
    }
    return following;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag == null ? null : tag.strip().replaceFirst("^#", "");
  }
}
