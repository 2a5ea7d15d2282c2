package vn.hoclieu.content.extraction;

/**
 * Why a file was refused, as a stable code the web tier translates. The Vietnamese and English
 * sentences are fallbacks for logs and for callers without their own bundle.
 */
public enum FailureCode {
    EMPTY("empty",
            "Tệp rỗng (0 byte).",
            "The file is empty."),
    TOO_LARGE("too-large",
            "Tệp quá lớn.",
            "The file is too large."),
    UNSUPPORTED_TYPE("unsupported-type",
            "Loại tệp này không được hỗ trợ.",
            "This type of file is not accepted."),
    TYPE_MISMATCH("type-mismatch",
            "Nội dung tệp không khớp với đuôi tên tệp (ví dụ: tệp văn bản đặt tên .mp4).",
            "The content of the file does not match its name (e.g. a text file named .mp4)."),
    ENCRYPTED("encrypted",
            "Tệp được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.",
            "The file is password-protected; remove the password and upload it again."),
    CORRUPT("corrupt",
            "Tệp bị hỏng hoặc không đúng định dạng.",
            "The file is damaged or not in the format it claims."),
    ZIP_BOMB("zip-bomb",
            "Tệp giải nén ra quá lớn so với kích thước của nó (nghi \"bom nén\").",
            "The file expands far beyond its size (suspected zip bomb)."),
    UNREADABLE("unreadable",
            "Không đọc được tệp.",
            "The file could not be read.");

    private final String code;
    private final String vietnamese;
    private final String english;

    FailureCode(String code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The stable code: {@code empty}, {@code encrypted}, {@code zip-bomb}, … */
    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    public static FailureCode ofCode(String code) {
        for (FailureCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown failure code: " + code);
    }
}
