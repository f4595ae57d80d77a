package nl.plein.media.service;

import nl.plein.common.api.ValidationException;
import nl.plein.media.api.DocumentType;
import nl.plein.media.api.UploadedFile;

/**
 * Checks an uploaded document before anything is stored: not empty, not larger than the limit
 * ({@code plein.attachment.max-bytes}, PLEIN_ATTACHMENT_MAX_BYTES, default 10 MB), a type we accept
 * by its content ({@link DocumentType}), and a file name that is safe to show and to offer for
 * download. Errors name the file, on the given field.
 */
public final class Documents {
  static final int MAX_NAME = 255;

  private Documents() {}

  /** A document that passed: its cleaned name, its type and its bytes. */
  public record Checked(String name, DocumentType type, byte[] content) {}

  public static Checked check(UploadedFile file, long maxBytes, String field) {
    String name = cleanName(file.name());
    byte[] content = file.content();
    if (content == null || content.length == 0) {
      throw ValidationException.of(field, "error.attachment.empty", name);
    }
    if (content.length > maxBytes) {
      throw ValidationException.of(field, "error.attachment.tooLarge", name,
          nl.plein.media.api.UploadLimits.megabytes(maxBytes));
    }
    DocumentType type = DocumentType.detect(name, content)
        .orElseThrow(() -> ValidationException.of(field, "error.attachment.type", name));
    // Text is kept as UTF-8, the character set it is served in.
    return new Checked(name, type, type == DocumentType.TXT || type == DocumentType.CSV
        ? DocumentType.toUtf8(content) : content);
  }

  /**
   * The last part of a path ("C:\Users\x\nota.pdf" is "nota.pdf"), without control and invisible
   * formatting characters (a right-to-left override could disguise the extension) and
   * with runs of white space as one space, at most {@value #MAX_NAME} characters with the
   * extension kept; "bijlage" when nothing is left.
   */
  public static String cleanName(String raw) {
    String name = raw == null ? "" : raw;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\u0080-\\u009f\\p{Zl}\\p{Zp}\"]", "").replaceAll("\\s+", " ").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "bijlage";
    }
    if (name.length() > MAX_NAME) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_NAME - extension.length()) + extension;
    }
    return name;
  }
}
