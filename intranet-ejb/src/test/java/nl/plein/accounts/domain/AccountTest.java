package nl.plein.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.plein.accounts.api.Role;
import org.junit.jupiter.api.Test;

class AccountTest {
  @Test
  void userNamesAreCaseInsensitive() {
    assertEquals("jan.devries", new Account(" Jan.DeVries ", "Jan de Vries", null, null).getUsername());
  }

  @Test
  void rolesAreScopedToAnOrganisationOrTheInstallation() {
    UUID dijkvliet = UUID.randomUUID();
    Account account = new Account("redacteur", "Ricardo Dekkers", null, dijkvliet);
    assertTrue(account.grant(Role.CONTENT_EDITOR, dijkvliet));
    assertFalse(account.grant(Role.CONTENT_EDITOR, dijkvliet), "granting twice changes nothing");
    assertTrue(account.holds(Role.CONTENT_EDITOR, dijkvliet));
    assertFalse(account.holds(Role.CONTENT_EDITOR, null));
    assertTrue(account.revoke(Role.CONTENT_EDITOR, dijkvliet));
    assertFalse(account.holds(Role.CONTENT_EDITOR, dijkvliet));
  }
}
