package nl.plein.timeline.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import java.util.UUID;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.platform.web.ImageServlet;
import nl.plein.timeline.api.TimelineService;

/**
 * Photos in posts: {@code /timeline/photo/{photoId}/{klein|middel|groot}}. Only for those who may
 * read the post: a secret group's photos do not exist for anyone else.
 */
@WebServlet("/timeline/photo/*")
public class PostPhotoServlet extends ImageServlet {
  private static final long serialVersionUID = 1L;

  @Inject TimelineService timeline;

  @Override
  protected Optional<Photo> find(UUID photoId, PhotoSize size) {
    return timeline.findPhoto(null, photoId, size);
  }

  @Override
  protected String etagPrefix() {
    return "post-photo-";
  }
}
