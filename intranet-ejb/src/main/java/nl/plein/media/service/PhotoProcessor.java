package nl.plein.media.service;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import nl.plein.common.api.ValidationException;
import nl.plein.media.api.ImageType;
import nl.plein.people.api.PhotoSize;

/**
 * Turns an upload into the stored photo sizes. The bytes decide the type (a PDF named .jpg is
 * refused); huge pixel dimensions are refused before decoding; every size is re-encoded as JPEG,
 * which drops EXIF metadata such as GPS positions.
 */
public final class PhotoProcessor {
  static final int MAX_PIXELS_PER_SIDE = 10_000;
  private static final String FIELD = "photo";

  private PhotoProcessor() {}

  /** Maximum upload size; the administrator sets it with PLEIN_PHOTO_MAX_BYTES (default 5 MB). */
  public static long maxBytes() {
    return nl.plein.media.api.UploadLimits.photoBytes();
  }

  public static Map<PhotoSize, byte[]> process(byte[] content, long maxBytes) {
    BufferedImage image = decode(content, maxBytes, FIELD);
    Map<PhotoSize, byte[]> sizes = new EnumMap<>(PhotoSize.class);
    for (PhotoSize size : PhotoSize.values()) {
      sizes.put(size, squareJpeg(image, size.pixels()));
    }
    return sizes;
  }

  /**
   * A picture in a post: the whole picture, not a square, fitting in {@code PICTURE_SIDES} (small
   * for timelines, medium for the post's page, large to enlarge), re-encoded as JPEG (so without
   * EXIF). Errors are reported on {@code field}.
   */
  public static Map<PhotoSize, byte[]> processPicture(byte[] content, long maxBytes, String field) {
    BufferedImage image = decode(content, maxBytes, field);
    Map<PhotoSize, byte[]> sizes = new EnumMap<>(PhotoSize.class);
    for (PhotoSize size : PhotoSize.values()) {
      sizes.put(size, fittingJpeg(image, PICTURE_SIDES.get(size)));
    }
    return sizes;
  }

  /** One picture fitting in {@code side} pixels, as JPEG without EXIF (an image in a knowledge page). */
  public static byte[] fitPicture(byte[] content, long maxBytes, String field, int side) {
    return fittingJpeg(decode(content, maxBytes, field), side);
  }

  /** The longest side of each size of a picture in a post. */
  public static final Map<PhotoSize, Integer> PICTURE_SIDES =
      Map.of(PhotoSize.SMALL, 480, PhotoSize.MEDIUM, 960, PhotoSize.LARGE, 1600);

  private static BufferedImage decode(byte[] content, long maxBytes, String field) {
    try {
      return decode(content, maxBytes);
    } catch (ValidationException e) {
      throw new ValidationException(e.fieldErrors().stream()
          .map(f -> new nl.plein.common.api.FieldError(field, f.code(), f.arguments())).toList());
    }
  }

  private static BufferedImage decode(byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw ValidationException.of(FIELD, "error.field.required");
    }
    if (content.length > maxBytes) {
      throw new ValidationException(java.util.List.of(
          nl.plein.common.api.FieldError.of(FIELD, "error.photo.tooLarge",
              String.format(java.util.Locale.ROOT, "%.1f", maxBytes / (1024.0 * 1024.0)))));
    }
    String type = ImageType.detect(content).orElseThrow(() -> ValidationException.of(FIELD, "error.photo.type"));
    return opaque(read(content, type));
  }

  private static BufferedImage read(byte[] content, String type) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      ImageReader reader = reader(type);
      try {
        reader.setInput(in, true, true);
        if (reader.getWidth(0) > MAX_PIXELS_PER_SIDE || reader.getHeight(0) > MAX_PIXELS_PER_SIDE) {
          throw ValidationException.of(FIELD, "error.photo.dimensions");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationException v) {
        throw v;
      }
      throw ValidationException.of(FIELD, "error.photo.unreadable");
    }
  }

  private static ImageReader reader(String type) throws IOException {
    if ("image/webp".equals(type)) {
      // Not registered globally: in an application server ImageIO's registry is shared.
      return new WebPImageReaderSpi().createReaderInstance(null);
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
    if (!readers.hasNext()) {
      throw new IOException("No reader for " + type);
    }
    return readers.next();
  }

  /** Transparent areas become white: JPEG has no transparency. */
  private static BufferedImage opaque(BufferedImage image) {
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return rgb;
  }

  private static byte[] fittingJpeg(BufferedImage image, int side) {
    double scale = Math.min(1.0, side / (double) Math.max(image.getWidth(), image.getHeight()));
    return jpeg(Thumbnails.of(image).scale(scale));
  }

  private static byte[] squareJpeg(BufferedImage image, int pixels) {
    int side = Math.min(pixels, Math.min(image.getWidth(), image.getHeight()));
    return jpeg(Thumbnails.of(image).crop(Positions.CENTER).size(side, side));
  }

  private static byte[] jpeg(Thumbnails.Builder<BufferedImage> builder) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      builder.outputFormat("jpg").outputQuality(0.85).toOutputStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
