package nl.plein.accounts.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.plein.organisations.api.OrganisationSummary;

/** The organisations an administrator may manage: for select boxes and to name them in lists. */
public record OrganisationChoices(List<OrganisationSummary> all) implements Serializable {
  static final OrganisationChoices NONE = new OrganisationChoices(List.of());

  public OrganisationChoices {
    all = List.copyOf(all);
  }

  /** The organisation's name; empty if it is not one of the caller's. */
  public String name(UUID id) {
    return all.stream().filter(o -> o.id().equals(id)).map(OrganisationSummary::name).findFirst().orElse("");
  }
}
