package nl.plein.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.plein.common.api.FieldError;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.ValidationException;
import org.jboss.resteasy.specimpl.ResteasyHttpHeaders;
import org.jboss.resteasy.specimpl.ResteasyUriInfo;
import org.junit.jupiter.api.Test;

/** Errors become problem details with the right status, in Dutch or English, never a trace. */
class ProblemMappingTest {
  private static ResteasyHttpHeaders headers(String language) {
    MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
    if (language != null) {
      map.add("Accept-Language", language);
    }
    return new ResteasyHttpHeaders(map);
  }

  private static ResteasyUriInfo uri() {
    return new ResteasyUriInfo("http://localhost/api/v1/organisaties", "/api/v1");
  }

  @Test
  void anUnexpectedErrorIsA500WithAReferenceAndNoTrace() {
    UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();
    mapper.headers = headers(null);
    mapper.uri = uri();
    Response response = mapper.toResponse(new IllegalStateException("connection string with secrets"));
    assertEquals(500, response.getStatus());
    assertEquals("application/problem+json", response.getMediaType().toString());
    Problem problem = (Problem) response.getEntity();
    assertTrue(problem.detail().startsWith("Er ging iets mis aan onze kant."), problem.detail());
    assertTrue(problem.detail().matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "carries a reference");
    assertFalse(problem.toString().contains("secrets"));
    assertFalse(problem.toString().contains("IllegalStateException"));
  }

  @Test
  void invalidInputListsEveryFieldInTheCallersLanguage() {
    PleinExceptionMapper mapper = new PleinExceptionMapper();
    mapper.headers = headers("en-GB,en;q=0.8");
    mapper.uri = uri();
    Response response = mapper.toResponse(new ValidationException(List.of(
        FieldError.of("pagina", "error.page.number"), FieldError.of("paginaGrootte", "error.page.size", 100))));
    assertEquals(400, response.getStatus());
    Problem problem = (Problem) response.getEntity();
    assertEquals("Bad request", problem.title());
    assertEquals(List.of("pagina", "paginaGrootte"), problem.invalidParams().stream().map(Problem.InvalidParam::name).toList());
    assertEquals("The page size lies between 1 and 100.", problem.invalidParams().get(1).reason());
  }

  @Test
  void notFoundIs404InDutchByDefault() {
    PleinExceptionMapper mapper = new PleinExceptionMapper();
    mapper.headers = headers("de-DE");
    mapper.uri = uri();
    Problem problem = (Problem) mapper.toResponse(new NotFoundException("error.organisation.notFound")).getEntity();
    assertEquals(404, problem.status());
    assertEquals("Deze organisatie bestaat niet.", problem.detail());
    assertEquals("/api/v1/organisaties", problem.instance());
  }
}
