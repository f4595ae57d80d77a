package nl.plein.timeline.api;

import java.io.Serializable;

/** An attachment to download: its name, media type and bytes. */
public record AttachmentFile(String name, String mediaType, byte[] content) implements Serializable {}
