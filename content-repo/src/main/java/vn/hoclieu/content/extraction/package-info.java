/**
 * What runs inside the ingest worker's isolated child JVM for a document: {@link
 * vn.hoclieu.content.extraction.TypeDetection} (type from the bytes), {@link
 * vn.hoclieu.content.extraction.AllowedTypes} (the policy, plain Java: usable by the web tier), and
 * {@link vn.hoclieu.content.extraction.DocumentExtractor} (text, metadata, language, thumbnail).
 * Every refusal is an {@link vn.hoclieu.content.extraction.ExtractionFailure} whose {@link
 * vn.hoclieu.content.extraction.FailureCode} the web tier translates.
 *
 * <p>Runtime notes for the child JVM:
 * <ul>
 * <li>Tika, PDFBox and OpenNLP are optional dependencies of content-repo: on the worker's class
 * path ({@code target/worker.classpath}), never in the WAR. Only {@code AllowedTypes},
 * {@code ContentKind}, {@code DetectedType}, {@code FailureCode}, {@code ExtractionFailure},
 * {@code ExtractionLimits} and {@code ExtractedDocument} load without them.</li>
 * <li>Tested with {@code -Xmx384m}: a 1 GB zip-bomb DOCX is refused in well under a second.</li>
 * <li>Run headless ({@code -Djava.awt.headless=true}); PDFBox writes its font cache to
 * {@code ~/.pdfbox.cache} on the first thumbnail unless {@code -Dpdfbox.fontcache=<dir>} says
 * where.</li>
 * <li>Never uses the network: Tika's parsers are offline, EPUB XML is read without DTDs or external
 * entities, a remote cover is ignored.</li>
 * <li>A parse cannot be interrupted: the time limit belongs to the parent, which kills the child.</li>
 * </ul>
 */
package vn.hoclieu.content.extraction;
