package nl.plein.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditionalGetTest {
  private static final String ETAG = "\"42-3-klein\"";

  @Test
  void theBrowsersCopyIsCurrentWhenItsTagIsNamed() {
    assertTrue(ConditionalGet.etagMatches(ETAG, ETAG));
    assertTrue(ConditionalGet.etagMatches("\"other\", W/" + ETAG, ETAG));
    assertTrue(ConditionalGet.etagMatches("*", ETAG));
  }

  @Test
  void otherwiseItIsNot() {
    assertFalse(ConditionalGet.etagMatches(null, ETAG));
    assertFalse(ConditionalGet.etagMatches("", ETAG));
    assertFalse(ConditionalGet.etagMatches("\"42-2-klein\"", ETAG));
    assertFalse(ConditionalGet.etagMatches("\"42-3-klein-x\"", ETAG));
  }
}
