package nl.plein.media.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.plein.media.api.DocumentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a document, for search. PDF through Apache PDFBox; Word, Excel, PowerPoint and
 * OpenDocument files are ZIP packages of XML, whose text runs are read with StAX (their text is
 * plain XML text nodes; a whole office library is not needed for that). A file that cannot be read
 * (a PDF with a password, a damaged file) is not an error: its text is empty and the reason is given,
 * and the file is kept like any other.
 *
 * <p>Limits keep a crafted file from exhausting the server: at most {@value #MAX_INFLATED} bytes
 * are inflated from a package, at most {@value #MAX_PDF_PAGES} PDF pages read, and at most
 * {@value #MAX_TEXT} characters kept. XML is read without DTDs or external entities.
 */
public final class DocumentText {
  static final long MAX_INFLATED = 50L * 1024 * 1024;
  static final int MAX_PDF_PAGES = 500;
  public static final int MAX_TEXT = 200_000;

  /** Why a document's text could not be read. */
  public enum Problem { ENCRYPTED, UNREADABLE }

  /** The text, or the reason there is none ({@code problem} null when it was read). */
  public record Extracted(String text, Problem problem) {
    public boolean indexable() {
      return problem == null;
    }
  }

  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private static final Pattern DOCX_PARTS = Pattern.compile("word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");
  private static final Pattern XLSX_PARTS = Pattern.compile("xl/(sharedStrings|worksheets/sheet\\d+)\\.xml");
  private static final Pattern PPTX_PARTS = Pattern.compile("ppt/(slides/slide\\d+|notesSlides/notesSlide\\d+)\\.xml");
  private static final Pattern ODF_PARTS = Pattern.compile("content\\.xml");

  /** Elements that end a paragraph or cell: a space goes between their texts. */
  private static final Set<String> BREAKS = Set.of("p", "tab", "br", "tc", "c", "si", "h", "table-cell", "line-break",
      "list-item", "row", "tr");
  /** Office keeps text in {@code t} elements (numbers and formulas are left out); OpenDocument: all character data. */
  private static final Set<String> OOXML_TEXT = Set.of("t");

  private DocumentText() {}

  public static Extracted extract(DocumentType type, byte[] content) {
    try {
      String text = switch (type) {
        case PDF -> pdf(content);
        case DOCX -> zip(content, DOCX_PARTS, true);
        case XLSX -> zip(content, XLSX_PARTS, true);
        case PPTX -> zip(content, PPTX_PARTS, true);
        case ODT, ODS, ODP -> zip(content, ODF_PARTS, false);
        case TXT, CSV -> new String(content, StandardCharsets.UTF_8);
      };
      return new Extracted(tidy(text), null);
    } catch (InvalidPasswordException | Encrypted e) {
      return new Extracted("", Problem.ENCRYPTED);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return new Extracted("", Problem.UNREADABLE);
    }
  }

  /** Opens without a password, but its author forbade copying the text out. */
  private static final class Encrypted extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static String pdf(byte[] content) throws IOException {
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
        throw new Encrypted();
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(Math.min(document.getNumberOfPages(), MAX_PDF_PAGES));
      return stripper.getText(document);
    }
  }

  private static String zip(byte[] content, Pattern parts, boolean ooxml) throws IOException, XMLStreamException {
    record Part(String name, String text) {}
    List<Part> found = new ArrayList<>();
    long budget = MAX_INFLATED;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.isDirectory() || !parts.matcher(e.getName()).matches()) {
          continue;
        }
        byte[] xml = readLimited(zip, budget);
        budget -= xml.length;
        found.add(new Part(e.getName(), xmlText(xml, ooxml)));
      }
    }
    if (found.isEmpty()) {
      throw new IOException("no text parts");
    }
    // Slides and sheets in their order ("slide2" before "slide10").
    found.sort(Comparator.comparing(p -> naturalKey(p.name())));
    StringBuilder b = new StringBuilder();
    for (Part p : found) {
      b.append(p.text()).append('\n');
    }
    return b.toString();
  }

  private static String naturalKey(String name) {
    return Pattern.compile("\\d+").matcher(name).replaceAll(m -> String.format("%08d", Long.parseLong(m.group())));
  }

  private static byte[] readLimited(InputStream in, long budget) throws IOException {
    byte[] buffer = new byte[8192];
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > budget) {
        throw new IOException("inflates beyond the limit");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String xmlText(byte[] xml, boolean ooxml) throws XMLStreamException {
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    StringBuilder b = new StringBuilder();
    int textDepth = 0;
    try {
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamReader.START_ELEMENT -> {
            if (ooxml && OOXML_TEXT.contains(r.getLocalName())) {
              textDepth++;
            }
          }
          case XMLStreamReader.END_ELEMENT -> {
            if (ooxml && OOXML_TEXT.contains(r.getLocalName())) {
              textDepth--;
            }
            if (BREAKS.contains(r.getLocalName())) {
              b.append(' ');
            }
          }
          case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA -> {
            if (!ooxml || textDepth > 0) {
              b.append(r.getText());
            }
          }
          default -> { }
        }
        if (b.length() > MAX_TEXT * 2) {
          break;
        }
      }
    } finally {
      r.close();
    }
    return b.toString();
  }

  private static String tidy(String text) {
    String t = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ").replaceAll("[ \\t\\x0B\\f\\r]+", " ")
        .replaceAll("\\s*\\n\\s*", "\n").strip();
    return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
  }
}
