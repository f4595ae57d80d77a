package nl.plein.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import nl.plein.accounts.api.ApiScope;
import nl.plein.accounts.service.TokenHashing;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
  @Test
  void secretsAreRandomAndOnlyTheirHashIsKept() {
    String a = TokenHashing.newSecret();
    String b = TokenHashing.newSecret();
    assertNotEquals(a, b);
    assertTrue(a.length() > 40);
    assertEquals(64, TokenHashing.hash(a).length());
    assertEquals(TokenHashing.hash(a), TokenHashing.hash(a));
    ApiToken token = new ApiToken("Zaaksysteem", TokenHashing.hash(a), TokenHashing.prefix(a), Set.of(ApiScope.READ), null, null);
    assertEquals(Set.of(ApiScope.READ), token.scopeSet());
    assertFalse(token.getTokenPrefix().length() > 10);
  }

  @Test
  void useIsRecordedAtMostOnceAMinuteAndRevokingIsFinal() {
    ApiToken token = new ApiToken("x", "h", "p", Set.of(ApiScope.READ), null, null);
    Instant t = Instant.parse("2026-11-23T10:00:00Z");
    assertTrue(token.recordUse(t));
    assertFalse(token.recordUse(t.plusSeconds(30)));
    assertTrue(token.recordUse(t.plusSeconds(61)));
    assertTrue(token.isUsable());
    token.revoke(t);
    token.revoke(t.plusSeconds(5));
    assertFalse(token.isUsable());
    assertEquals(t, token.getRevokedAt());
  }
}
