package vn.hoclieu.core.school;

/** A subject (GDPT 2018) with its names in both languages; {@code code} is the stable key (TOAN). */
public record SubjectInfo(long id, String code, String nameVi, String nameEn) {

    /** The name in the reader's language; Vietnamese unless English was asked for. */
    public String name(String languageTag) {
        return "en".equals(languageTag) ? nameEn : nameVi;
    }
}
