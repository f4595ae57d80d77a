package nl.plein.media.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.plein.common.api.ValidationException;
import nl.plein.people.api.PhotoSize;
import org.junit.jupiter.api.Test;

class PhotoProcessorTest {
  private static final long LIMIT = 5L * 1024 * 1024;

  @Test
  void everySizeIsASquareJpegWithoutExif() throws Exception {
    byte[] withGps = withExif(jpeg(900, 600));
    assertContains(withGps, "GPSLatitude", true);
    Map<PhotoSize, byte[]> sizes = PhotoProcessor.process(withGps, LIMIT);
    for (PhotoSize size : PhotoSize.values()) {
      byte[] out = sizes.get(size);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(out));
      assertEquals(Math.min(size.pixels(), 600), image.getWidth(), size.name());
      assertEquals(image.getWidth(), image.getHeight(), "square");
      assertContains(out, "Exif", false);
      assertContains(out, "GPSLatitude", false);
    }
  }

  @Test
  void aPictureInAPostKeepsItsShapeIsNeverEnlargedAndLosesItsExif() throws Exception {
    byte[] photo = withExif(jpeg(2000, 1500));
    var sizes = PhotoProcessor.processPicture(photo, LIMIT, "photos");
    for (var size : nl.plein.people.api.PhotoSize.values()) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(sizes.get(size)));
      int side = PhotoProcessor.PICTURE_SIDES.get(size);
      assertEquals(side, image.getWidth(), size.name());
      assertEquals(side * 3 / 4, image.getHeight(), 1, size.name());
      assertContains(sizes.get(size), "GPSLatitude", false);
    }
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(
        PhotoProcessor.processPicture(jpeg(300, 200), LIMIT, "photos").get(nl.plein.people.api.PhotoSize.LARGE)));
    assertEquals(300, small.getWidth(), "a small picture stays as it is");
    var refused = org.junit.jupiter.api.Assertions.assertThrows(nl.plein.common.api.ValidationException.class,
        () -> PhotoProcessor.processPicture("%PDF-1.7".getBytes(), LIMIT, "photos"));
    assertEquals("photos", refused.fieldErrors().get(0).field(), "errors are on the post's photo field");
  }

  @Test
  void aTransparentPngBecomesAWhiteBackedJpeg() throws Exception {
    BufferedImage png = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(png, "png", out);
    byte[] small = PhotoProcessor.process(out.toByteArray(), LIMIT).get(PhotoSize.SMALL);
    BufferedImage result = ImageIO.read(new ByteArrayInputStream(small));
    assertEquals(Color.WHITE.getRGB(), result.getRGB(10, 10) | 0x0f0f0f, "white, give or take JPEG");
  }

  /** Fixtures made with libwebp's cwebp from a 120x80 test pattern (lossy VP8 and lossless VP8L). */
  @Test
  void webpPhotosAreDecodedLossyAndLossless() throws Exception {
    for (String name : new String[] {"photo-lossy.webp", "photo-lossless.webp"}) {
      byte[] webp;
      try (var in = PhotoProcessorTest.class.getResourceAsStream("/photos/" + name)) {
        webp = in.readAllBytes();
      }
      Map<PhotoSize, byte[]> sizes = PhotoProcessor.process(webp, LIMIT);
      BufferedImage medium = ImageIO.read(new ByteArrayInputStream(sizes.get(PhotoSize.MEDIUM)));
      assertEquals(80, medium.getWidth(), name + ": cropped to the short side, never enlarged");
      assertEquals(80, medium.getHeight(), name);
      assertEquals(0xff, sizes.get(PhotoSize.SMALL)[0] & 0xff, name + ": re-encoded as JPEG");
    }
  }

  @Test
  void theContentDecidesNotTheName() {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj".getBytes(StandardCharsets.US_ASCII);
    ValidationException e = assertThrows(ValidationException.class, () -> PhotoProcessor.process(pdf, LIMIT));
    assertEquals("error.photo.type", e.fieldErrors().get(0).code());
    assertEquals("photo", e.fieldErrors().get(0).field());
  }

  @Test
  void aBrokenImageAndAnOversizedUploadAreRefused() throws Exception {
    byte[] jpeg = jpeg(200, 200);
    byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
    assertEquals("error.photo.unreadable",
        assertThrows(ValidationException.class, () -> PhotoProcessor.process(truncated, LIMIT)).fieldErrors().get(0).code());
    assertEquals("error.photo.tooLarge",
        assertThrows(ValidationException.class, () -> PhotoProcessor.process(jpeg, 100)).fieldErrors().get(0).code());
  }

  private static byte[] jpeg(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x15, 0x42, 0x73));
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  /** Inserts an APP1 Exif segment (as phones write, GPS position included) after the SOI marker. */
  private static byte[] withExif(byte[] jpeg) {
    byte[] payload = "Exif\0\0MM\0*GPSLatitude 52.0907 GPSLongitude 5.1214".getBytes(StandardCharsets.ISO_8859_1);
    int length = payload.length + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(payload, 0, payload.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static void assertContains(byte[] data, String text, boolean expected) {
    assertEquals(expected, new String(data, StandardCharsets.ISO_8859_1).contains(text), text);
  }

}
