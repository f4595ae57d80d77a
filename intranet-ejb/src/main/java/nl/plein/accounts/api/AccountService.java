package nl.plein.accounts.api;

import jakarta.ejb.Local;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/** Accounts and their roles, managed by functional administrators. */
@Local
public interface AccountService {
  Page<AccountSummary> listAccounts(String query, PageRequest page);

  AccountSummary getAccount(UUID id);

  UUID createAccount(CreateAccountRequest request);

  void resetPassword(UUID accountId, String newPassword);

  void changeOwnPassword(String currentPassword, String newPassword);

  void grantRole(UUID accountId, RoleGrant grant);

  void revokeRole(UUID accountId, RoleGrant grant);

  void disableAccount(UUID accountId);

  void enableAccount(UUID accountId);

  /** Minutes until a throttled login may be tried again; 0 when it is not throttled. */
  long loginBlockedMinutes(String username, String remoteAddress);
}
