package nl.plein.accounts.api;

import jakarta.ejb.Local;
import java.util.Optional;

@Local
public interface SessionUserService {
  /** The logged-in person, or empty for anonymous callers and API clients. */
  Optional<SessionUser> findSessionUser();
}
