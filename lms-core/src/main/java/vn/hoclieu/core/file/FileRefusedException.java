package vn.hoclieu.core.file;

/** A file whose name or first bytes are not of an allowed type (HTTP 415 {@code file_type_not_allowed}). */
public class FileRefusedException extends FileException {

    public FileRefusedException(String name) {
        super("file type not allowed: " + name);
    }
}
