package eu.jcohub.library;

/** A document with its file, for download. */
public record DocumentContent(LibraryDocument document, byte[] bytes) {
}
