package vn.hoclieu.core.roster.internal;

import java.util.List;
import java.util.Optional;

/** The columns a roster has, by the header names Vietnamese and English files use (compared folded). */
enum RosterColumn {
    NAME("name", "Họ và tên", "name", true,
            "ho va ten", "ho ten", "ten hoc sinh", "ho va ten hoc sinh", "name", "full name", "fullname", "pupil name", "student name"),
    BIRTH_DATE("birthDate", "Ngày sinh", "birth date", true,
            "ngay sinh", "ngay thang nam sinh", "birth date", "birthdate", "date of birth", "dob"),
    GENDER("gender", "Giới tính", "gender", true,
            "gioi tinh", "gender", "sex"),
    CLASS("class", "Lớp", "class", true,
            "lop", "ten lop", "class", "class name"),
    MINISTRY_CODE("ministryCode", "Mã định danh", "pupil code", false,
            "ma dinh danh", "ma dinh danh hoc sinh", "ma hoc sinh", "ma hs", "pupil code", "ministry code",
            "ministry pupil code", "student code");

    /** The column's key in problems and the API. */
    final String key;
    /** The headers of the template, as a problem names a missing column: "Ngày sinh (birth date)". */
    final String header;
    final boolean required;
    private final List<String> folded;

    RosterColumn(String key, String vietnamese, String english, boolean required, String... folded) {
        this.key = key;
        this.header = vietnamese + " (" + english + ")";
        this.required = required;
        this.folded = List.of(folded);
    }

    static Optional<RosterColumn> ofHeader(String header) {
        String f = VietnameseText.fold(header);
        for (RosterColumn c : values()) {
            if (c.folded.contains(f)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
