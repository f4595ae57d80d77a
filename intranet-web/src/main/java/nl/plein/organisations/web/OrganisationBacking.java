package nl.plein.organisations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.NotFoundException;
import nl.plein.organisations.api.OrganisationDetails;
import nl.plein.organisations.api.OrganisationRequest;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/**
 * {@code /admin/organisation.xhtml?id=...}: one organisation's name and status. Its departments and
 * locations have their own beans on the same page ({@link OrganisationDepartmentsBacking}, {@link
 * OrganisationLocationsBacking}), which read the organisation loaded here.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisations;
  @Inject Feedback feedback;

  private String id;
  private OrganisationDetails details;
  private String name;
  private String shortName;
  private Integer version;

  /** View action. An unknown or malformed id shows "not found" (with status 404), never an error. */
  public void load() {
    Optional<UUID> organisationId = Ids.parse(id);
    if (organisationId.isEmpty()) {
      feedback.report(new NotFoundException("error.organisation.notFound"));
      return;
    }
    details = feedback.attemptAndGet(() -> organisations.getOrganisation(organisationId.get())).orElse(null);
    if (details != null) {
      name = details.name();
      shortName = details.shortName();
      version = details.version();
    }
  }

  public String rename() {
    var request = new OrganisationRequest(name, shortName, version);
    return feedback.attempt(() -> organisations.renameOrganisation(details.id(), request))
        ? feedback.reload("organisation.saved")
        : null;
  }

  public String deactivate() {
    return feedback.attempt(() -> organisations.deactivateOrganisation(details.id()))
        ? feedback.reload("organisation.deactivated")
        : null;
  }

  public String activate() {
    return feedback.attempt(() -> organisations.activateOrganisation(details.id()))
        ? feedback.reload("organisation.activated")
        : null;
  }

  public String getTitle() {
    return details == null ? feedback.text("organisation.notFound.title") : details.name();
  }

  public OrganisationDetails getDetails() {
    return details;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }
}
