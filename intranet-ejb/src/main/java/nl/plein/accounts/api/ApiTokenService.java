package nl.plein.accounts.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/** API tokens for partner systems, issued and revoked by functional administrators. */
@Local
public interface ApiTokenService {
  List<ApiTokenSummary> listTokens();

  IssuedApiToken issueToken(IssueApiTokenRequest request);

  void revokeToken(UUID id);

  /**
   * A personal token: read access through the API as the caller, e.g. for a personal dashboard
   * or a script; {@code /api/v1/personen/mij} then answers with the caller's own profile.
   */
  IssuedApiToken issuePersonalToken(String name);

  List<ApiTokenSummary> listOwnTokens();

  void revokeOwnToken(UUID id);
}
