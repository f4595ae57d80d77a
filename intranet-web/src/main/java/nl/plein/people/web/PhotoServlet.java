package nl.plein.people.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import java.util.UUID;
import nl.plein.people.api.PersonService;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.platform.web.ImageServlet;

/**
 * Profile photos: {@code /photos/{personId}/{size}}. A photo is visible to colleagues who may see
 * the person, not to the world; someone the caller may not see has no photo as far as they know.
 */
@WebServlet("/photos/*")
public class PhotoServlet extends ImageServlet {
  private static final long serialVersionUID = 1L;

  @Inject PersonService people;

  @Override
  protected Optional<Photo> find(UUID personId, PhotoSize size) {
    return people.findPhoto(personId, size);
  }

  @Override
  protected String etagPrefix() {
    return "";
  }
}
