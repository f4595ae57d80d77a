package nl.plein.media.api;

import java.util.Optional;

/** Recognises PNG, JPEG and WebP by their first bytes: the content decides, not the name. */
public final class ImageType {
  private ImageType() {}

  public static Optional<String> detect(byte[] b) {
    if (b.length >= 8
        && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
      return Optional.of("image/png");
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return Optional.of("image/jpeg");
    }
    if (b.length >= 12
        && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }
}
