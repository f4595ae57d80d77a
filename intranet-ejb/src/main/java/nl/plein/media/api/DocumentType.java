package nl.plein.media.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The documents colleagues may attach: PDF, Office Open XML (Word, Excel, PowerPoint),
 * OpenDocument (text, spreadsheet, presentation) and plain text or CSV. The content decides, not
 * the name: a ZIP is only a Word document when its directory holds {@code word/document.xml}; the
 * name's extension must agree with what the content is, so that a renamed file is refused instead
 * of opened by the wrong program. Reading a ZIP's directory decompresses nothing.
 */
public enum DocumentType {
  PDF("application/pdf", "PDF", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", "xlsx"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint", "pptx"),
  ODT("application/vnd.oasis.opendocument.text", "OpenDocument-tekst", "odt"),
  ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-rekenblad", "ods"),
  ODP("application/vnd.oasis.opendocument.presentation", "OpenDocument-presentatie", "odp"),
  TXT("text/plain; charset=UTF-8", "Tekst", "txt"),
  CSV("text/csv; charset=UTF-8", "CSV", "csv");

  private final String mediaType;
  private final String label;
  private final String extension;

  DocumentType(String mediaType, String label, String extension) {
    this.mediaType = mediaType;
    this.label = label;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** A short name people know ("PDF", "Word"). */
  public String label() {
    return label;
  }

  public String extension() {
    return extension;
  }

  /** The type of the content, if it is one of these and the file name's extension agrees. */
  public static Optional<DocumentType> detect(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return sniff(content, extension).filter(t -> t.extension.equals(extension));
  }

  private static Optional<DocumentType> sniff(byte[] b, String extension) {
    if (b == null || b.length == 0) {
      return Optional.empty();
    }
    if (startsWith(b, 0, "%PDF-")) {
      return Optional.of(PDF);
    }
    if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
      return zip(b);
    }
    if ((extension.equals("txt") || extension.equals("csv")) && (isText(b, StandardCharsets.UTF_8)
        || isText(b, java.nio.charset.Charset.forName("windows-1252")))) {
      return Optional.of(extension.equals("csv") ? CSV : TXT);
    }
    return Optional.empty();
  }

  /** Office Open XML by its parts, OpenDocument by its uncompressed first entry "mimetype". */
  private static Optional<DocumentType> zip(byte[] b) {
    Set<String> names;
    try {
      names = ZipDirectory.names(b);
    } catch (RuntimeException e) {
      return Optional.empty(); // a damaged or crafted directory: no document we accept
    }
    if (names.contains("[Content_Types].xml")) {
      if (names.contains("word/document.xml")) {
        return Optional.of(DOCX);
      }
      if (names.contains("xl/workbook.xml")) {
        return Optional.of(XLSX);
      }
      if (names.contains("ppt/presentation.xml")) {
        return Optional.of(PPTX);
      }
      return Optional.empty();
    }
    if (names.contains("content.xml") && b.length > 38 && startsWith(b, 30, "mimetype")) {
      for (DocumentType t : new DocumentType[] {ODT, ODS, ODP}) {
        if (startsWith(b, 38, t.mediaType)) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Text in this character set without control characters other than tab and line ends: UTF-8, or
   * Windows-1252 (what Excel writes for "CSV" on a Dutch Windows); {@link #toUtf8} converts the latter.
   */
  static boolean isText(byte[] b, java.nio.charset.Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      for (int i = 0; i < chars.length(); i++) {
        char c = chars.charAt(i);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
          return false;
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Text as UTF-8: as it is when it already is, else read as Windows-1252. */
  public static byte[] toUtf8(byte[] text) {
    if (isText(text, StandardCharsets.UTF_8)) {
      return text;
    }
    return new String(text, java.nio.charset.Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean startsWith(byte[] b, int at, String prefix) {
    if (b.length < at + prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[at + i] != (byte) prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The entry names of a ZIP from its central directory, without inflating anything. */
  static final class ZipDirectory {
    private static final int END = 0x06054b50;
    private static final int ENTRY = 0x02014b50;
    private static final int MAX_ENTRIES = 20_000;

    private ZipDirectory() {}

    static Set<String> names(byte[] b) {
      Set<String> names = new HashSet<>();
      int end = -1;
      for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
        if (int32(b, i) == END) {
          end = i;
          break;
        }
      }
      if (end < 0) {
        return names;
      }
      int count = int16(b, end + 10);
      long offset = int32(b, end + 16) & 0xffffffffL; // ZIP64 (0xffffffff) is beyond any upload we take
      if (offset > b.length - 46L) {
        return names;
      }
      int at = (int) offset;
      for (int n = 0; n < Math.min(count, MAX_ENTRIES); n++) {
        if (at < 0 || at > b.length - 46 || int32(b, at) != ENTRY) {
          break;
        }
        int nameLength = int16(b, at + 28);
        int extraLength = int16(b, at + 30);
        int commentLength = int16(b, at + 32);
        if (nameLength > b.length - 46 - at) {
          break;
        }
        names.add(new String(b, at + 46, nameLength, StandardCharsets.UTF_8));
        at += 46 + nameLength + extraLength + commentLength;
      }
      return names;
    }

    private static int int16(byte[] b, int at) {
      return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int at) {
      return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
  }
}
