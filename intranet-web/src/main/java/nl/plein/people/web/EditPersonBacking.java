package nl.plein.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.OrganisationDetails;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.organisations.web.DepartmentTree;
import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.PersonService;
import nl.plein.people.api.PersonSummary;
import nl.plein.people.api.Visibility;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/**
 * {@code /people/edit.xhtml?id=...}: the profile form. Whether the caller may edit this profile
 * (their own, or anyone's for a functional administrator) is the service's decision. The photo
 * has its own form on the same page ({@link PersonPhotoBacking}).
 */
@Named
@ViewScoped
public class EditPersonBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Managers are chosen from the department's people; a department has far fewer. */
  static final PageRequest DEPARTMENT_PEOPLE = new PageRequest(1, 100);

  @Inject PersonService people;
  @Inject OrganisationService organisations;
  @Inject Feedback feedback;

  private String id;
  private PersonProfile profile;
  private ProfileForm form;
  /** The version the edit started from: saving over someone else's newer edit is refused. */
  private int version;
  private ProfileChoices choices = new ProfileChoices(List.of(), List.of(), List.of());

  /** View action. An unknown or malformed id shows "not found" (with status 404). */
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
    if (!profile.editable()) {
      // The page's own check (status 403); the service refuses a save anyway.
      feedback.report(new AccessDeniedException("error.person.editForbidden"));
      return;
    }
    form = ProfileForm.of(profile);
    version = profile.version();
    loadChoices();
  }

  public String save() {
    var request = form.toRequest(version);
    return feedback.attempt(() -> people.updateProfile(profile.id(), request))
        ? feedback.redirect("/people/person.xhtml?id=" + profile.id(), "profile.saved")
        : null;
  }

  private void loadChoices() {
    OrganisationDetails details =
        feedback.attemptAndGet(() -> organisations.getOrganisation(profile.organisationId())).orElse(null);
    List<PersonSummary> colleagues =
        profile.departmentId() == null
            ? List.of()
            : feedback.attemptAndGet(() -> people.listDepartmentPeople(profile.departmentId(), DEPARTMENT_PEOPLE))
                .map(Page::items)
                .orElse(List.of());
    choices = ProfileChoices.of(profile, details, colleagues);
  }

  public String departmentLabel(DepartmentSummary d) {
    return DepartmentTree.label(d);
  }

  /** Autofill with the browser's own details only makes sense on one's own profile. */
  public String autocomplete(String token) {
    return profile != null && profile.own() ? token : "off";
  }

  public List<DayOfWeek> getDays() {
    return List.of(DayOfWeek.values());
  }

  public List<Visibility> getVisibilities() {
    return List.of(Visibility.values());
  }

  public String getTitle() {
    return profile == null
        ? feedback.text("person.notFound.title")
        : feedback.text("profile.edit.title", profile.displayName());
  }

  public boolean isEditing() {
    return form != null;
  }

  public PersonProfile getProfile() {
    return profile;
  }

  public ProfileForm getForm() {
    return form;
  }

  public ProfileChoices getChoices() {
    return choices;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
