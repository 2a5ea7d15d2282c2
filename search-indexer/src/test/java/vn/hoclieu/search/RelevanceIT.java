package vn.hoclieu.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.hoclieu.content.search.SearchableMaterial;
import vn.hoclieu.search.outbox.MaterialDocuments;
import vn.hoclieu.search.outbox.CoreNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance of district search on a fixed set of Vietnamese materials: accented, unaccented and
 * mixed and mistyped queries, subject and grade words, the minimal pairs dương / đường / đương, text found only
 * inside documents or captions, suggestions and facets.
 */
class RelevanceIT {

    static MaterialIndex index;
    static final CoreNames NAMES = CoreNames.of(Map.of("TOAN", "Toán", "TIENG_VIET", "Tiếng Việt",
            "AM_NHAC", "Âm nhạc", "TNXH", "Tự nhiên và Xã hội", "KHOA_HOC", "Khoa học", "NGU_VAN", "Ngữ văn"),
            authors(), Map.of(7L, "Trường Tiểu học Lộc Bắc", 8L, "Trường TH&THCS Hòa Bình"));

    /** Every material has an author (101–115), as in the district; 111 is Ka Nhung. */
    private static Map<Long, String> authors() {
        List<String> names = List.of("Nguyễn Thị Lan", "Trần Văn Minh", "Lê Thị Hồng", "Phạm Văn Sơn", "Hoàng Thị Mai",
                "Vũ Văn Phúc", "Đặng Thị Thủy", "Bùi Văn Khải", "Đỗ Thị Hằng", "Hồ Văn Kiên", "Ka Nhung", "K'Brông Lực",
                "Ngô Thị Yến", "Mai Văn Quý", "Lý Thị Ngọc");
        Map<Long, String> authors = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            authors.put(101L + i, names.get(i));
        }
        return authors;
    }

    @BeforeAll
    static void indexFixedMaterials() {
        SharedDevNode.wipe();
        index = MaterialIndex.on(SharedDevNode.connection());
        index.ensureIndex();
        put(1, "Phép nhân lớp 3", "Bảng nhân 2 đến 9, bài tập có lời giải", List.of("bảng cửu chương"), "TOAN", 3, "", "", 4.5, 10);
        put(2, "Phép nhân lớp 4", "Nhân với số có hai chữ số", List.of(), "TOAN", 4, "", "", 4.0, 3);
        put(3, "Phép chia lớp 3", "Chia hết và chia có dư", List.of(), "TOAN", 3, "", "", null, 0);
        put(4, "Ôn tập cuối năm", "Đề ôn tập tổng hợp", List.of(), "TOAN", 3,
                "Bài 1. Thực hiện phép nhân: 6 x 7 = ? Bài 2. Tính chu vi hình vuông.", "", 3.0, 1);
        put(5, "Đường tròn", "Tâm, bán kính, đường kính", List.of("hình học"), "TOAN", 5, "", "", null, 0);
        put(6, "Dương cầm cho thiếu nhi", "Tập đàn những bài đầu tiên", List.of("piano"), "AM_NHAC", 2, "", "", null, 0);
        put(7, "Thơ đương đại Việt Nam", "Tuyển chọn bài thơ cho học sinh", List.of(), "NGU_VAN", 9, "", "", null, 0);
        put(8, "Đường đi của giọt nước", "Vòng tuần hoàn của nước", List.of(), "TNXH", 2, "",
                "Nước bốc hơi thành mây, mây gặp lạnh tạo thành mưa.", null, 0);
        put(9, "Cây xanh quanh em", "Bài giảng video", List.of(), "KHOA_HOC", 4, "",
                "Lá cây dùng ánh sáng mặt trời để quang hợp, tạo ra chất bột đường và khí ô-xi.", 5.0, 2);
        put(10, "Động vật quanh em", "Con vật nuôi trong nhà", List.of(), "TNXH", 1, "",
                "Con mèo, con chó và con gà là những vật nuôi quen thuộc.", null, 0);
        put(11, "Tập đọc: Quả táo", "Bài tập đọc lớp 1", List.of("tập đọc"), "TIENG_VIET", 1, "", "", 4.0, 5);
        put(12, "Luyện từ và câu", "Từ chỉ sự vật", List.of(), "TIENG_VIET", 3,
                "Tìm các từ chỉ sự vật trong đoạn văn: con đường làng, dòng sông, cánh đồng.", "", null, 0);
        put(13, "Hình vuông và hình chữ nhật", "Nhận biết hình", List.of("hình học"), "TOAN", 3, "", "", null, 0);
        put(14, "Bảng nhân 6", "Học thuộc bảng nhân 6", List.of("nhân"), "TOAN", 3, "", "", null, 0);
        put(15, "Vệ sinh cá nhân", "Giữ gìn thân thể sạch sẽ", List.of(), "TNXH", 1, "", "", null, 0);
        index.refresh();
    }

    private static void put(long id, String title, String description, List<String> keywords, String subject, int grade,
                            String body, String captions, Double rating, long ratings) {
        SearchableMaterial m = new SearchableMaterial(id, id * 10, 1, SearchableMaterial.PUBLISHED, title, description, keywords,
                subject, List.of(grade), "E_LECTURE", "CC_BY", "vi", 100 + id, id % 2 == 0 ? 7L : 8L,
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600 * id), body, captions, rating, ratings, ratings, List.of(), List.of()); // used by as many as rated it
        assertThat(index.put(MaterialDocuments.of(m, NAMES), 1)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" → first {1}")
    @CsvSource(delimiter = '|', value = {
        "phép nhân lớp 3 | 1",
        "phep nhan lop 3 | 1",
        "Phép nhan lop 3 | 1",
        "PHÉP NHÂN LỚP 3 | 1",
        "phép nhân lớp 4 | 2",
        "phep chia lop 3 | 3",
        "đường           | 5",
        "đường tròn      | 5",
        "duong tron      | 5",
        "dương           | 6",
        "duong cam       | 6",
        "đương           | 7",
        "đương đại       | 7",
        "tho duong dai   | 7",
        "giọt nước       | 8",
        "bảng cửu chương | 1",
        "bang nhan 6     | 14",
        "quang hop       | 9",
        "tập đọc         | 11",
        "tap doc lop 1   | 11",
        "vệ sinh         | 15",
        "phep nahn lop 3 | 1",
        "phép nhâm lớp 3 | 1",
        "duong tronn     | 5",
        "dong vatt quanh em | 10",
        "quang hớp       | 9",
    })
    void expectedMaterialComesFirst(String query, String expected) {
        assertThat(ids(query)).as(query).first().isEqualTo(expected);
    }

    @Test
    void whenEveryWordIsMistypedTheLooserQueryAnswersAndSaysSo() {
        SearchResults typo = index.search(SearchQuery.of("phpe nhna", 5));
        assertThat(typo.loosened()).isTrue();
        assertThat(typo.hits()).extracting(MaterialHit::id).first().isIn("1", "2");

        SearchResults exact = index.search(SearchQuery.of("phép nhân", 5));
        assertThat(exact.loosened()).isFalse();
        assertThat(index.search(SearchQuery.of("xyzzy qwerty", 5)).total()).as("nothing near either").isZero();
    }

    @Test
    void unaccentedQueryFindsEveryAccentedForm() {
        assertThat(ids("duong").subList(0, 4)).containsExactlyInAnyOrder("5", "6", "7", "8");
        assertThat(ids("duong")).doesNotContain("10"); // động is not đường
    }

    @Test
    void exactFormRanksAboveItsMinimalPairs() {
        List<String> road = ids("đường");
        assertThat(road.indexOf("5")).isLessThan(road.indexOf("6")).isLessThan(road.indexOf("7"));
        List<String> piano = ids("dương");
        assertThat(piano.getFirst()).isEqualTo("6");
        assertThat(piano.indexOf("6")).isLessThan(piano.indexOf("5"));
    }

    @Test
    void subjectAndGradeWordsFavourThatSubjectAndGrade() {
        List<String> all = ids("toán lớp 3");
        // maths of grade 3 first (4 only says "toán lớp 3" through its subject and grade)
        assertThat(all.subList(0, 4)).contains("1", "3", "14");
        for (String maths3 : List.of("1", "3", "4", "13", "14")) { // grade 3 maths before grade 3 Vietnamese
            assertThat(all.indexOf(maths3)).as(maths3).isLessThan(all.indexOf("12"));
        }
    }

    @Test
    void wordsInsideDocumentsAndCaptionsAreFoundWithHighlightedSnippets() {
        MaterialHit inBody = index.search(SearchQuery.of("chu vi hình vuông", 5)).hits().stream()
                .filter(h -> h.id().equals("4")).findFirst().orElseThrow();
        assertThat(inBody.snippets()).anySatisfy(s -> assertThat(s.replace("</mark> <mark>", " ")).contains("<mark>chu vi hình vuông</mark>"));

        MaterialHit inCaptions = index.search(SearchQuery.of("quang hop", 5)).hits().getFirst();
        assertThat(inCaptions.id()).isEqualTo("9");
        assertThat(inCaptions.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>quang</mark>"));
    }

    @Test
    void facetsCombineAndCountWithoutTheirOwnFilter() {
        SearchResults maths3 = index.search(new SearchQuery("", Map.of(Facet.SUBJECT, "TOAN", Facet.GRADE, "3"),
                SearchSort.NEWEST, 0, 20));
        assertThat(maths3.hits()).extracting(MaterialHit::id).containsExactly("14", "13", "4", "3", "1");
        assertThat(maths3.total()).isEqualTo(5);
        // subject counts ignore the subject filter (other subjects of grade 3 stay selectable)
        assertThat(maths3.facets().get(Facet.SUBJECT)).contains(new FacetCount("TOAN", 5), new FacetCount("TIENG_VIET", 1));
        assertThat(maths3.facets().get(Facet.GRADE)).contains(new FacetCount("3", 5), new FacetCount("4", 1), new FacetCount("5", 1));
        assertThat(maths3.facets().get(Facet.SCHOOL)).isNotEmpty();
    }

    @Test
    void sortsAndPages() {
        SearchResults best = index.search(new SearchQuery("", Map.of(), SearchSort.BEST_RATED, 0, 3));
        assertThat(best.hits()).extracting(MaterialHit::id).containsExactly("9", "1", "11");
        SearchResults used = index.search(new SearchQuery("", Map.of(), SearchSort.MOST_USED, 0, 2));
        assertThat(used.hits()).extracting(MaterialHit::id).containsExactly("1", "11");
        SearchResults second = index.search(new SearchQuery("", Map.of(), SearchSort.NEWEST, 1, 4));
        assertThat(second.hits()).extracting(MaterialHit::id).containsExactly("11", "10", "9", "8");
        assertThat(second.total()).isEqualTo(15);
    }

    @Test
    void suggestionsCompleteWithOrWithoutDiacritics() {
        assertThat(index.suggest("phép nh", 5)).contains("Phép nhân lớp 3", "Phép nhân lớp 4");
        assertThat(index.suggest("phep nh", 5)).contains("Phép nhân lớp 3", "Phép nhân lớp 4");
        assertThat(index.suggest("đường", 5)).contains("Đường tròn", "Đường đi của giọt nước");
        assertThat(index.suggest("", 5)).isEmpty();
    }

    @Test
    void authorAndSchoolNamesFindTheirMaterials() {
        assertThat(ids("ka nhung")).first().isEqualTo("11");
        assertThat(ids("Lộc Bắc")).isNotEmpty().allSatisfy(id -> assertThat(Long.parseLong(id) % 2).as("school 7 has the even ids").isZero());
    }

    private static List<String> analyse(String field, String text) {
        try {
            return SharedDevNode.connection().client().indices().analyze(a -> a.index(MaterialIndex.ALIAS).field(field).text(text))
                    .tokens().stream().map(t -> t.token()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> ids(String query) {
        return index.search(SearchQuery.of(query, 20)).hits().stream().map(MaterialHit::id).toList();
    }
}
