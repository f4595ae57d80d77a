package nl.plein.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;

/** {@code /people/following.xhtml?page=}: the colleagues the caller follows, by surname. */
@Named
@RequestScoped
public class FollowingBacking {
  @Inject PersonService people;
  @Inject Feedback feedback;

  private String page;
  private Page<PersonRef> result;

  /** View action. */
  public void load() {
    PageRequest request = new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE);
    result = feedback.attemptAndGet(() -> people.listFollowing(request)).orElse(null);
  }

  public Page<PersonRef> getResult() {
    return result;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
