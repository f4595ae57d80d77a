package nl.plein.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalRedirectTest {
  @Test
  void followsALocalPathWithItsQuery() {
    assertEquals("/admin/organisation?id=42", LocalRedirect.target("/admin/organisation?id=42"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/path",
        "/\\evil.example",
        "javascript:alert(1)",
        "admin/accounts",
        "/login\r\nSet-Cookie: x=1"
      })
  void sendsAnythingElseHome(String next) {
    assertEquals("/", LocalRedirect.target(next));
  }
}
