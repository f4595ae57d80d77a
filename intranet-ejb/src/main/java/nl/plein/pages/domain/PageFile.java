package nl.plein.pages.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An image or a document of a page. Images are shown in the page's text; documents are offered
 * for download and their text is searched, unless it could not be read (an encrypted or damaged
 * file is kept all the same, marked as not indexable).
 */
@Entity
@Table(name = "page_file")
public class PageFile {
  /** {@link #getType()} of an image; documents carry their DocumentType name. */
  public static final String IMAGE = "IMAGE";
  public static final int MAX_PER_PAGE = 20;

  @Id private UUID id;

  @Column(name = "page_id", nullable = false)
  private UUID pageId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String type;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private boolean indexable;

  @Column(name = "index_problem")
  private String indexProblem;

  @Column(name = "uploaded_by", nullable = false)
  private UUID uploadedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PageFile() {}

  public PageFile(UUID pageId, String fileName, String type, String mediaType, byte[] content, boolean indexable,
      String indexProblem, UUID uploadedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.pageId = pageId;
    this.fileName = fileName;
    this.type = type;
    this.mediaType = mediaType;
    this.size = content.length;
    this.content = content;
    this.indexable = indexable;
    this.indexProblem = indexProblem;
    this.uploadedBy = uploadedBy;
    this.createdAt = now;
  }

  public boolean isImage() {
    return IMAGE.equals(type);
  }

  public UUID getId() {
    return id;
  }

  public UUID getPageId() {
    return pageId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getType() {
    return type;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public byte[] getContent() {
    return content;
  }

  public boolean isIndexable() {
    return indexable;
  }

  public String getIndexProblem() {
    return indexProblem;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
