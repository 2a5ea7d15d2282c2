package vn.hoclieu.web.file;

import vn.hoclieu.core.file.FileException;
import vn.hoclieu.core.file.FileRefusedException;
import vn.hoclieu.core.file.FileTooLargeException;
import vn.hoclieu.core.file.InvalidFileException;

/** What a refused upload says: the bundle key and its arguments, the same for the API and the pages. */
public final class FileRefusals {

    private FileRefusals() {
    }

    public static String messageKey(FileException refused) {
        return switch (refused) {
            case FileRefusedException ignored -> "file.typeNotAllowed";
            case FileTooLargeException ignored -> "file.tooLarge";
            case InvalidFileException invalid -> invalid.messageKey();
            default -> "api.invalid";
        };
    }

    /** The size limit in MB, one decimal at most, for a file too large; nothing otherwise. */
    public static Object[] arguments(FileException refused) {
        return refused instanceof FileTooLargeException tooLarge
                ? new Object[] {megabytes(tooLarge.maxBytes())} : new Object[0];
    }

    /** A size in MB as Vietnamese write it ("1,5"), one decimal at most. */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return java.text.NumberFormat.getNumberInstance(java.util.Locale.of("vi")).format(Math.round(mb * 10) / 10.0);
    }
}
