package nl.plein.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.plein.media.domain.ImageSizes;

/** A news item's picture, whole, in the sizes the pages use. */
@Entity
@Table(name = "news_image")
public class NewsImage extends ImageSizes {
  @Id
  @Column(name = "news_id")
  private UUID newsId;

  protected NewsImage() {}

  public NewsImage(UUID newsId) {
    this.newsId = newsId;
  }

  public UUID getNewsId() {
    return newsId;
  }
}
