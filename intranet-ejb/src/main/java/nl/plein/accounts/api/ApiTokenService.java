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
}
