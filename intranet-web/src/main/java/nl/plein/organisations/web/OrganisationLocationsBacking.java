package nl.plein.organisations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.plein.organisations.api.LocationRequest;
import nl.plein.organisations.api.LocationSummary;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/**
 * The locations on {@code /admin/organisation.xhtml}: the list, and one form that adds a location or,
 * with {@code ?location=...}, changes that one.
 */
@Named
@ViewScoped
public class OrganisationLocationsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationBacking organisation;
  @Inject OrganisationService organisations;
  @Inject Feedback feedback;

  private String selectedId;
  private String name;
  private String street;
  private String postalCode;
  private String city;

  /** View action after the organisation is loaded: fills the form with the chosen location. */
  public void prepare() {
    LocationSummary selected = getSelected();
    if (selected != null) {
      name = selected.name();
      street = selected.street();
      postalCode = selected.postalCode();
      city = selected.city();
    }
  }

  public String save() {
    var request = new LocationRequest(name, street, postalCode, city);
    LocationSummary selected = getSelected();
    if (selected != null) {
      return feedback.attempt(() -> organisations.changeLocation(selected.id(), request))
          ? feedback.reload("locations.saved")
          : null;
    }
    UUID organisationId = organisation.getDetails().id();
    return feedback
        .attemptAndGet(() -> organisations.addLocation(organisationId, request))
        .map(
            id -> {
              selectedId = id.toString();
              return feedback.reload("locations.added", name);
            })
        .orElse(null);
  }

  public String deactivate() {
    UUID id = getSelected().id();
    return feedback.attempt(() -> organisations.deactivateLocation(id))
        ? feedback.reload("locations.deactivated")
        : null;
  }

  public String activate() {
    UUID id = getSelected().id();
    return feedback.attempt(() -> organisations.activateLocation(id))
        ? feedback.reload("locations.activated")
        : null;
  }

  public List<LocationSummary> getLocations() {
    var details = organisation.getDetails();
    return details == null ? List.of() : details.locations();
  }

  /** The location chosen for editing, or null when the form adds a new one. */
  public LocationSummary getSelected() {
    return Ids.parse(selectedId)
        .flatMap(id -> getLocations().stream().filter(l -> l.id().equals(id)).findFirst())
        .orElse(null);
  }

  public String getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(String selectedId) {
    this.selectedId = selectedId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }
}
