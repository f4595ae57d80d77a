package nl.plein.timeline.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.plein.media.api.DocumentType;

/** A document attached to a post, kept as uploaded; {@code position} keeps the order. */
@Entity
@Table(name = "post_attachment")
public class PostAttachment {
  /** At most this many documents in one post. */
  public static final int MAX_PER_POST = nl.plein.media.api.UploadLimits.ATTACHMENTS_PER_POST;
  public static final int MAX_NAME_LENGTH = 255;

  @Id private UUID id;

  @Column(name = "post_id", nullable = false)
  private UUID postId;

  @Column(nullable = false)
  private int position;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentType type;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PostAttachment() {}

  public PostAttachment(UUID postId, int position, String fileName, DocumentType type, byte[] content, Instant now) {
    this.id = UUID.randomUUID();
    this.postId = postId;
    this.position = position;
    this.fileName = fileName;
    this.type = type;
    this.size = content.length;
    this.content = content;
    this.createdAt = now;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPostId() {
    return postId;
  }

  public String getFileName() {
    return fileName;
  }

  public DocumentType getType() {
    return type;
  }

  public long getSize() {
    return size;
  }

  public byte[] getContent() {
    return content;
  }
}
