package nl.plein.media.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.plein.media.api.DocumentType;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class DocumentTextTest {
  @Test
  void pdfTextIsRead() throws IOException {
    DocumentText.Extracted e = DocumentText.extract(DocumentType.PDF, pdf("Parkeervergunning aanvragen", null));
    assertTrue(e.indexable());
    assertTrue(e.text().contains("Parkeervergunning aanvragen"), e.text());
  }

  @Test
  void aPasswordProtectedPdfIsKeptAsNotIndexable() throws IOException {
    DocumentText.Extracted e = DocumentText.extract(DocumentType.PDF, pdf("Geheim", "wachtwoord"));
    assertFalse(e.indexable());
    assertEquals(DocumentText.Problem.ENCRYPTED, e.problem());
    assertEquals("", e.text());
  }

  @Test
  void aDamagedPdfIsNotIndexableAndNoError() throws IOException {
    byte[] good = pdf("Tekst", null);
    byte[] damaged = java.util.Arrays.copyOf(good, good.length / 3);
    DocumentText.Extracted e = DocumentText.extract(DocumentType.PDF, damaged);
    assertFalse(e.indexable());
    assertEquals(DocumentText.Problem.UNREADABLE, e.problem());
    assertEquals(DocumentText.Problem.UNREADABLE,
        DocumentText.extract(DocumentType.PDF, "%PDF-1.7 nonsense".getBytes(StandardCharsets.US_ASCII)).problem());
  }

  @Test
  void wordTextRunsBecomeWordsWithParagraphsApart() throws IOException {
    byte[] docx = zip("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
        + "<w:body><w:p><w:r><w:t>Afval</w:t></w:r><w:r><w:t xml:space='preserve'>scheiding </w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>thuis</w:t></w:r></w:p><w:sectPr>99</w:sectPr></w:body></w:document>",
        "word/styles.xml", "<w:styles xmlns:w='x'><w:t>Kop 1</w:t></w:styles>");
    DocumentText.Extracted e = DocumentText.extract(DocumentType.DOCX, docx);
    assertTrue(e.indexable());
    assertEquals("Afvalscheiding thuis", e.text());
  }

  @Test
  void excelSharedStringsWithoutNumbers() throws IOException {
    byte[] xlsx = zip("xl/sharedStrings.xml", "<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
            + "<si><t>Begroting</t></si><si><t>Wmo</t></si></sst>",
        "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t='s'><v>0</v></c><c><v>1250</v></c></row>"
            + "</sheetData></worksheet>");
    assertEquals("Begroting Wmo", DocumentText.extract(DocumentType.XLSX, xlsx).text());
  }

  @Test
  void aZipBombIsStoppedNotInflated() throws IOException {
    String huge = "<w:document><w:t>" + "a".repeat((int) DocumentText.MAX_INFLATED + 10) + "</w:t></w:document>";
    DocumentText.Extracted e = DocumentText.extract(DocumentType.DOCX, zip("word/document.xml", huge));
    assertFalse(e.indexable());
  }

  @Test
  void externalEntitiesAreNotResolved() throws IOException {
    byte[] docx = zip("word/document.xml", "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
        + "<w:document xmlns:w='x'><w:t>&x;</w:t></w:document>");
    DocumentText.Extracted e = DocumentText.extract(DocumentType.DOCX, docx);
    assertFalse(e.text().contains("root"), e.text());
  }

  static byte[] pdf(String text, String password) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      if (password != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] zip(String... nameAndContent) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < nameAndContent.length; i += 2) {
        zip.putNextEntry(new ZipEntry(nameAndContent[i]));
        zip.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
