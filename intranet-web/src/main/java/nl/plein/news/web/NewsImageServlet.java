package nl.plein.news.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import java.util.UUID;
import nl.plein.news.api.NewsService;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.platform.web.ImageServlet;

/** News pictures: {@code /news/image/{id}/{size}}, only for who may read the item. */
@WebServlet("/news/image/*")
public class NewsImageServlet extends ImageServlet {
  private static final long serialVersionUID = 1L;

  @Inject NewsService news;

  @Override
  protected Optional<Photo> find(UUID id, PhotoSize size) {
    return news.findImage(id, size);
  }

  @Override
  protected String etagPrefix() {
    return "news-";
  }
}
