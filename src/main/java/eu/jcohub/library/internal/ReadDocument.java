package eu.jcohub.library.internal;

import eu.jcohub.library.DocumentFormat;

/** A file that is what its name says, with the text found in it for search (empty for a scanned image). */
public record ReadDocument(DocumentFormat format, String text) {
}
