package nl.plein.media.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nl.plein.common.api.ValidationException;
import nl.plein.media.api.DocumentType;
import nl.plein.media.api.UploadedFile;
import org.junit.jupiter.api.Test;

class DocumentsTest {
  private static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void namesAreMadeSafeToShowAndToDownload() {
    assertEquals("nota.pdf", Documents.cleanName("C:\\Users\\anne\\Documents\\nota.pdf"));
    assertEquals("nota.pdf", Documents.cleanName("../../etc/nota.pdf"));
    assertEquals("a b.pdf", Documents.cleanName("a\u0000\n  b\".pdf"));
    assertEquals("bijlage", Documents.cleanName("  "));
    assertEquals("bijlage", Documents.cleanName(null));
    assertEquals("bijlage", Documents.cleanName("dir/.."));
    assertEquals("rapportxcod.pdf", Documents.cleanName("rapport\u202excod.pdf"), "no right-to-left override");
    assertEquals("ab.pdf", Documents.cleanName("a\u200b\u0085b.pdf"), "no invisible or C1 characters");
    String longName = Documents.cleanName("x".repeat(400) + ".docx");
    assertEquals(Documents.MAX_NAME, longName.length());
    assertTrue(longName.endsWith(".docx"), "the extension is kept");
  }

  @Test
  void aCheckedDocumentKeepsItsTypeAndErrorsNameTheFile() {
    Documents.Checked ok = Documents.check(new UploadedFile("nota.pdf", PDF), 1024, "attachments");
    assertEquals(DocumentType.PDF, ok.type());
    assertEquals("nota.pdf", ok.name());

    ValidationException empty = assertThrows(ValidationException.class,
        () -> Documents.check(new UploadedFile("leeg.pdf", new byte[0]), 1024, "attachments"));
    assertEquals("error.attachment.empty", empty.fieldErrors().get(0).code());
    ValidationException large = assertThrows(ValidationException.class,
        () -> Documents.check(new UploadedFile("groot.pdf", PDF), 5, "attachments"));
    assertEquals("error.attachment.tooLarge", large.fieldErrors().get(0).code());
    assertEquals("groot.pdf", large.fieldErrors().get(0).arguments().get(0));
    ValidationException type = assertThrows(ValidationException.class,
        () -> Documents.check(new UploadedFile("virus.exe", "MZ".getBytes(StandardCharsets.ISO_8859_1)), 1024, "attachments"));
    assertEquals("error.attachment.type", type.fieldErrors().get(0).code());
    assertEquals("attachments", type.fieldErrors().get(0).field());
  }
}
