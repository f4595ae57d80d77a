package nl.plein.accounts.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is acting, taken from the security context (never from a request). A person logged in to
 * the pages, or a partner system calling the API with a token.
 */
public interface CurrentUser {
  boolean isAuthenticated();

  /** The account of a person; empty for an API client. */
  Optional<UUID> accountId();

  /** The person profile linked to the account, if any. */
  Optional<UUID> personId();

  /** The organisation the person (or the API token) belongs to; empty means the installation. */
  Optional<UUID> organisationId();

  boolean isApiClient();

  /** Holds the role for any scope. */
  boolean hasRole(Role role);

  /** Holds the role for the whole installation. */
  boolean hasInstallationRole(Role role);

  /** Holds the role for the whole installation or for this organisation. */
  boolean hasRoleFor(Role role, UUID organisationId);

  /**
   * The organisations this caller belongs to: their own, and every one they hold a role for.
   * Used where organisations are kept apart.
   */
  java.util.Set<UUID> memberOrganisations();

  /** The organisations for which the caller holds the role (not counting installation scope). */
  java.util.Set<UUID> organisationsWithRole(Role role);
}
