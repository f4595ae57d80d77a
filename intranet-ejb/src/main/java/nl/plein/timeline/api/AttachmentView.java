package nl.plein.timeline.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * A document attached to a post, without its bytes (served at /timeline/attachment/{id}).
 *
 * @param type a short name people know ("PDF", "Word")
 * @param size in bytes
 */
public record AttachmentView(UUID id, String name, String type, long size) implements Serializable {}
