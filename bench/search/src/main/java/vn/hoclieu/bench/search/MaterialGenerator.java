package vn.hoclieu.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import vn.hoclieu.content.search.SearchableMaterial;
import vn.hoclieu.search.MaterialDocument;
import vn.hoclieu.search.outbox.CoreNames;
import vn.hoclieu.search.outbox.MaterialDocuments;

/**
 * The bench's materials: the one place that builds them. Material {@code n} is the same in every
 * run and every round (its own random source, seeded from the seed and n), so nothing has to be
 * kept in memory: 100,000 materials are ~1 GB of text. Documents are made the way the drain and
 * the reindex make them: a {@link SearchableMaterial} (what the content module hands to search)
 * through {@link MaterialDocuments#of}, so the document's shape follows the indexer's.
 *
 * <p>Sizes: title 6–10 syllables, description 40–80, 2–5 keywords; extracted text 1–5 KB for
 * most materials and 20–100 KB for one in eight (books, long lectures); captions for video and
 * audio lectures (2–10 KB).
 */
final class MaterialGenerator {

    static final List<String> PRIMARY = List.of("TIENG_VIET", "TOAN", "DAO_DUC", "TU_NHIEN_XA_HOI", "KHOA_HOC",
        "LICH_SU_DIA_LI", "TIN_HOC_CONG_NGHE", "GDTC", "AM_NHAC", "MI_THUAT", "HDTN", "TIENG_ANH");
    static final List<String> LOWER_SECONDARY = List.of("NGU_VAN", "TOAN", "GDCD", "KHTN", "LICH_SU_DIA_LI", "TIN_HOC",
        "CONG_NGHE", "GDTC", "AM_NHAC", "MI_THUAT", "HDTN_HN", "TIENG_ANH", "GD_DIA_PHUONG");
    /** Material types, the common ones several times (a draw picks one entry). */
    static final List<String> TYPES = List.of("E_LECTURE", "E_LECTURE", "E_LECTURE", "WORKSHEET", "WORKSHEET",
        "VIDEO_LECTURE", "VIDEO_LECTURE", "E_BOOK", "VIRTUAL_LAB", "AUDIO", "IMAGE");
    static final List<String> LICENCES = List.of("CC_BY", "CC_BY", "CC_BY_SA", "CC_BY_SA", "CC_BY_NC", "CC_BY_NC_SA",
        "CC0", "ALL_RIGHTS_RESERVED");
    static final int SCHOOLS = 40;
    static final int AUTHORS = 2_000;
    private static final long EPOCH = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final int THREE_YEARS = 3 * 365 * 24 * 3600;

    private final Vocabulary words;
    private final Map<String, String> subjectNames;
    private final CoreNames names;
    private final long seed;

    MaterialGenerator(Vocabulary words, Map<String, String> subjectNames, long seed) {
        this.words = words;
        this.subjectNames = subjectNames;
        this.names = names(subjectNames);
        this.seed = seed;
    }

    /** Subject names (Vietnamese) by code, read from lms-core's GDPT 2018 migration. */
    static Map<String, String> subjectNames(Path root) throws IOException {
        Path sql = root.resolve("lms-core/src/main/resources/db/migration/core/V2__gdpt_2018_subjects.sql");
        Map<String, String> names = new HashMap<>();
        var m = Pattern.compile("\\('([A-Z_]+)',\\s*'([^']+)'").matcher(Files.readString(sql));
        while (m.find()) {
            names.put(m.group(1), m.group(2));
        }
        return Map.copyOf(names);
    }

    /** Material number {@code n} (0-based) as the index gets it; its id is n + 1. */
    MaterialDocument document(int n) {
        return MaterialDocuments.of(material(n), names);
    }

    SearchableMaterial material(int n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        int grade = 1 + r.nextInt(9);
        List<String> subjects = grade <= 5 ? PRIMARY : LOWER_SECONDARY;
        String subject = subjects.get(r.nextInt(subjects.size()));
        List<Integer> grades = r.nextInt(5) == 0 && grade < 9 ? List.of(grade, grade + 1) : List.of(grade);
        String type = TYPES.get(r.nextInt(TYPES.size()));
        boolean english = subject.equals("TIENG_ANH") && r.nextBoolean();
        String title = words.phrase(r, 6 + r.nextInt(5)) + " – " + subjectNames.getOrDefault(subject, subject) + " lớp " + grade;
        String description = words.sentences(r, 40 + r.nextInt(41));
        List<String> keywords = new ArrayList<>();
        for (int k = 2 + r.nextInt(4); k > 0; k--) {
            keywords.add(words.phrase(r, 1 + r.nextInt(3)).toLowerCase(java.util.Locale.ROOT));
        }
        int bodyChars = r.nextInt(8) == 0 ? 20_000 + r.nextInt(80_001) : 1_000 + r.nextInt(4_001);
        String body = words.paragraphs(r, bodyChars);
        String captions = type.equals("VIDEO_LECTURE") || type.equals("AUDIO") ? words.paragraphs(r, 2_000 + r.nextInt(8_001)) : "";
        Long school = r.nextInt(5) == 0 ? null : (long) (1 + r.nextInt(SCHOOLS)); // a fifth are district materials
        boolean rated = r.nextInt(10) < 6;
        long ratingCount = rated ? 1 + r.nextInt(40) : 0;
        Double ratingAverage = rated ? Math.round((1 + r.nextDouble() * 4) * 100) / 100.0 : null;
        Instant publishedAt = Instant.ofEpochSecond(EPOCH + r.nextInt(THREE_YEARS));
        long id = n + 1L;
        long usageCount = rated ? ratingCount + r.nextInt(200) : r.nextInt(20);
        return new SearchableMaterial(id, 1_000_000L + id, 1, SearchableMaterial.PUBLISHED, title, description, keywords, subject,
            grades, type, LICENCES.get(r.nextInt(LICENCES.size())), english ? "en" : "vi", 1 + r.nextInt(AUTHORS), school,
            publishedAt, body, captions, ratingAverage, ratingCount, usageCount, List.of(), List.of());
    }

    private static final List<String> FAMILY_NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "K'", "Ka", "Lơ Mu");
    private static final List<String> GIVEN_NAMES = List.of("Lan", "Minh", "Hồng", "Sơn", "Mai", "Phúc", "Thủy", "Khải",
        "Hằng", "Kiên", "Nhung", "Yến", "Quý", "Ngọc", "Brông", "Điểu");

    /** Authors 1…{@value #AUTHORS} and schools 1…{@value #SCHOOLS} with Vietnamese names, as lms-core would give them. */
    private static CoreNames names(Map<String, String> subjectNames) {
        Map<Long, String> authors = new HashMap<>();
        for (long a = 1; a <= AUTHORS; a++) {
            authors.put(a, FAMILY_NAMES.get((int) (a % FAMILY_NAMES.size())) + (a % 2 == 0 ? " Thị " : " Văn ")
                + GIVEN_NAMES.get((int) (a / FAMILY_NAMES.size() % GIVEN_NAMES.size())));
        }
        Map<Long, String> schools = new HashMap<>();
        for (long s = 1; s <= SCHOOLS; s++) {
            schools.put(s, (s % 3 == 0 ? "Trường THCS " : "Trường Tiểu học ") + GIVEN_NAMES.get((int) (s % GIVEN_NAMES.size())) + " " + s);
        }
        return CoreNames.of(subjectNames, authors, schools);
    }
}
