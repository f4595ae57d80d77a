package nl.plein.pages.api;

/** A page's file to send: images are shown inline, documents are downloads. */
public record PageFileContent(String name, String mediaType, boolean image, byte[] content) {}
