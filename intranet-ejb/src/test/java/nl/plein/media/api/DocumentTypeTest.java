package nl.plein.media.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {
  private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void officeDocumentsAreRecognisedByTheirParts() throws IOException {
    assertEquals(Optional.of(DocumentType.DOCX), DocumentType.detect("Notulen.DOCX",
        zip(false, "[Content_Types].xml", "_rels/.rels", "word/document.xml")));
    assertEquals(Optional.of(DocumentType.XLSX), DocumentType.detect("begroting.xlsx",
        zip(false, "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")));
    assertEquals(Optional.of(DocumentType.PPTX), DocumentType.detect("presentatie.pptx",
        zip(false, "[Content_Types].xml", "ppt/presentation.xml")));
  }

  @Test
  void openDocumentIsRecognisedByItsMimetypeEntry() throws IOException {
    assertEquals(Optional.of(DocumentType.ODT), DocumentType.detect("brief.odt",
        zip(true, "mimetype:application/vnd.oasis.opendocument.text", "content.xml")));
    assertEquals(Optional.of(DocumentType.ODS), DocumentType.detect("lijst.ods",
        zip(true, "mimetype:application/vnd.oasis.opendocument.spreadsheet", "content.xml")));
  }

  @Test
  void pdfAndText() {
    assertEquals(Optional.of(DocumentType.PDF), DocumentType.detect("nota.pdf", PDF));
    assertEquals(Optional.of(DocumentType.TXT), DocumentType.detect("lees mij.txt",
        "Één regel tekst\nen nog één".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of(DocumentType.CSV), DocumentType.detect("lijst.csv",
        "naam;afdeling\r\nAnne;Burgerzaken\r\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theNameMustFitTheContent() throws IOException {
    assertEquals(Optional.empty(), DocumentType.detect("nota.docx", PDF), "a PDF called .docx");
    assertEquals(Optional.empty(), DocumentType.detect("nota", PDF), "no extension");
    assertEquals(Optional.empty(), DocumentType.detect("notulen.pdf",
        zip(false, "[Content_Types].xml", "word/document.xml")), "a Word document called .pdf");
    assertEquals(Optional.empty(), DocumentType.detect("nota.pdf.exe", PDF));
  }

  @Test
  void programsArchivesAndBinariesAreRefused() throws IOException {
    assertEquals(Optional.empty(), DocumentType.detect("factuur.pdf",
        "MZ\u0090\u0000 programma".getBytes(StandardCharsets.ISO_8859_1)), "a Windows program");
    assertEquals(Optional.empty(), DocumentType.detect("bestanden.zip", zip(false, "a.txt", "b.exe")));
    assertEquals(Optional.empty(), DocumentType.detect("app.docx", zip(false, "META-INF/MANIFEST.MF", "App.class")),
        "a Java archive called .docx");
    assertEquals(Optional.empty(), DocumentType.detect("macro.docx", zip(false, "[Content_Types].xml", "other.xml")),
        "an Office package that is no document we know");
    assertEquals(Optional.empty(), DocumentType.detect("data.txt", new byte[] {'a', 0, 'b'}), "binary in a .txt");
    assertEquals(Optional.empty(), DocumentType.detect("data.csv", new byte[] {'a', (byte) 0x81, 'b'}),
        "neither UTF-8 nor Windows-1252");
    assertEquals(Optional.empty(), DocumentType.detect("leeg.pdf", new byte[0]));
    assertEquals(Optional.empty(), DocumentType.detect("kapot.docx", new byte[] {'P', 'K', 3, 4, 1, 2}),
        "a ZIP without a directory");
  }

  @Test
  void excelsDutchCsvInWindows1252IsTextAndBecomesUtf8() {
    byte[] excel = "naam;plaats\r\nRené;Hengelo\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertEquals(Optional.of(DocumentType.CSV), DocumentType.detect("export.csv", excel));
    assertEquals("naam;plaats\r\nRené;Hengelo\r\n", new String(DocumentType.toUtf8(excel), StandardCharsets.UTF_8));
    byte[] utf8 = "Één".getBytes(StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assertions.assertSame(utf8, DocumentType.toUtf8(utf8), "UTF-8 stays as it is");
  }

  /** A directory pointing anywhere (ZIP64's 0xffffffff, past the end, into itself) is no document, not a crash. */
  @Test
  void aCraftedZipDirectoryIsRefusedWithoutCrashing() throws IOException {
    byte[] valid = zip(false, "[Content_Types].xml", "word/document.xml");
    int end = valid.length - 22;
    for (int offset : new int[] {0xffffffff, 0x7fffffd2, valid.length - 10, end}) {
      byte[] crafted = valid.clone();
      crafted[end + 16] = (byte) offset;
      crafted[end + 17] = (byte) (offset >>> 8);
      crafted[end + 18] = (byte) (offset >>> 16);
      crafted[end + 19] = (byte) (offset >>> 24);
      assertEquals(Optional.empty(), DocumentType.detect("x.docx", crafted), "offset " + Integer.toHexString(offset));
    }
    byte[] longName = valid.clone();
    int directory = (valid[end + 16] & 0xff) | (valid[end + 17] & 0xff) << 8;
    longName[directory + 28] = (byte) 0xff;
    longName[directory + 29] = (byte) 0xff;
    assertEquals(Optional.empty(), DocumentType.detect("x.docx", longName), "a name longer than the file");
  }

  /** A ZIP with the named entries; "name:content" gives an entry content; stored = uncompressed. */
  private static byte[] zip(boolean stored, String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String e : entries) {
        String name = e.contains(":") ? e.substring(0, e.indexOf(':')) : e;
        byte[] content = (e.contains(":") ? e.substring(e.indexOf(':') + 1) : "<x/>").getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
