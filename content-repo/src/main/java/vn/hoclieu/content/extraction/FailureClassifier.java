package vn.hoclieu.content.extraction;

import org.apache.tika.exception.EncryptedDocumentException;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Turns what a parser threw into an {@link ExtractionFailure}: the root cause decides the code. */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static ExtractionFailure classify(Throwable failure, String mediaType) {
        Throwable encrypted = find(failure, FailureClassifier::isEncryption);
        if (encrypted != null) {
            return new ExtractionFailure(FailureCode.ENCRYPTED,
                    mediaType + " is encrypted: " + describe(failure), failure);
        }
        if (find(failure, FailureClassifier::isZipBomb) != null) {
            return new ExtractionFailure(FailureCode.ZIP_BOMB,
                    mediaType + " refused by Tika's zip-bomb protection: " + describe(failure), failure);
        }
        if (find(failure, t -> t instanceof NoSuchFileException || t instanceof AccessDeniedException) != null) {
            return new ExtractionFailure(FailureCode.UNREADABLE, describe(failure), failure);
        }
        return new ExtractionFailure(FailureCode.CORRUPT, mediaType + " could not be parsed: " + describe(failure), failure);
    }

    private static boolean isEncryption(Throwable t) {
        String name = t.getClass().getName();
        return t instanceof EncryptedDocumentException
                || name.equals("org.apache.poi.EncryptedDocumentException")
                || name.equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException");
    }

    private static boolean isZipBomb(Throwable t) {
        String message = String.valueOf(t.getMessage());
        // SecureContentHandler's own exception type is not public; Tika 3 wraps it in a TikaException
        // "Zip bomb detected!"; POI's ZipSecureFile says "Zip bomb detected! ..."
        return t.getClass().getName().equals("org.apache.tika.sax.SecureContentHandler$SecureSAXException")
                || message.startsWith("Zip bomb detected")
                || message.startsWith("Suspected zip bomb");
    }

    private static Throwable find(Throwable failure, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (test.test(t)) {
                return t;
            }
        }
        return null;
    }

    /** Each layer's first message line once, then the kind of the root cause. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            root = t;
            String message = t.getMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            String line = message.lines().findFirst().orElse("").strip();
            if (!line.isEmpty() && text.indexOf(line) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(line);
            }
        }
        String kind = root.getClass().getSimpleName();
        String described = text.isEmpty() ? kind : text + " (" + kind + ")";
        return described.length() > 500 ? described.substring(0, 497) + "..." : described;
    }
}
