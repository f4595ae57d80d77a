package nl.plein.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.people.api.Completeness;
import nl.plein.people.api.CompletenessService;
import nl.plein.people.api.OrgChart;
import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/**
 * {@code /people/person.xhtml?id=...}: a profile with its place in the organisation; follow or
 * unfollow; on one's own profile how complete it is and what to add next.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PersonService people;
  @Inject CompletenessService completenessService;
  @Inject Feedback feedback;

  private String id;
  private PersonProfile profile;
  private OrgChart orgChart;
  private Completeness completeness;

  /** View action. An unknown or malformed id shows "not found" (with status 404), never an error. */
  public void load() {
    Optional<UUID> personId = Ids.parse(id);
    if (personId.isEmpty()) {
      feedback.report(new NotFoundException("error.person.notFound"));
      return;
    }
    profile = feedback.attemptAndGet(() -> people.getProfile(personId.get())).orElse(null);
    if (profile == null) {
      return;
    }
    orgChart = feedback.attemptAndGet(() -> people.getOrgChart(profile.id())).orElse(null);
    if (profile.own()) {
      completeness = feedback.attemptAndGet(completenessService::getOwnCompleteness).orElse(null);
    }
  }

  public String follow() {
    return feedback.attempt(() -> people.follow(profile.id()))
        ? feedback.reload("person.followed", profile.displayName())
        : null;
  }

  public String unfollow() {
    return feedback.attempt(() -> people.unfollow(profile.id()))
        ? feedback.reload("person.unfollowed", profile.displayName())
        : null;
  }

  /**
   * The managers from the top of the organisation down to the direct manager. The service lists
   * them the other way round: starting at the direct manager, up to the top.
   */
  public List<PersonRef> getManagerLine() {
    if (orgChart == null) {
      return List.of();
    }
    List<PersonRef> topDown = new ArrayList<>(orgChart.managerLine());
    Collections.reverse(topDown);
    return topDown;
  }

  public String getTitle() {
    return profile == null ? feedback.text("person.notFound.title") : profile.displayName();
  }

  public PersonProfile getProfile() {
    return profile;
  }

  public OrgChart getOrgChart() {
    return orgChart;
  }

  public Completeness getCompleteness() {
    return completeness;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
