package nl.plein.media.api;

import java.io.Serializable;

/** A file as uploaded: the name the browser or client gave it, and its bytes. */
public record UploadedFile(String name, byte[] content) implements Serializable {}
