package nl.plein.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageNumbersTest {
  @ParameterizedTest
  @CsvSource(
      value = {"3,3", " 7 ,7", "NULL,1", "'',1", "0,1", "-4,1", "abc,1", "99999999999,1", "2.5,1"},
      nullValues = "NULL")
  void readsThePageLeniently(String parameter, int page) {
    assertEquals(page, PageNumbers.parse(parameter));
  }
}
