package vn.hoclieu.web.material.view;

import java.util.List;

/**
 * The languages a material can be in: Vietnamese, English and the ethnic-minority languages of
 * Lâm Đồng (ISO 639-3: K'Ho {@code kpm}, Mạ {@code cma}, Chu Ru {@code cje}); any other language
 * is entered as its own ISO 639 code.
 */
public final class ContentLanguages {

    public static final List<String> OFFERED = List.of("vi", "en", "kpm", "cma", "cje");
    /** The choice that reveals the free code field. */
    public static final String OTHER = "other";

    private ContentLanguages() {
    }

    public static boolean offered(String code) {
        return OFFERED.contains(code);
    }
}
