package vn.hoclieu.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.hoclieu.content.search.SearchableMaterial;
import vn.hoclieu.search.outbox.MaterialDocuments;
import vn.hoclieu.search.outbox.CoreNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "More like this" on a real Elasticsearch node: a material's page offers the materials that share
 * its words (in the title, description, keywords, full text or tags), never the material itself,
 * and nothing for a material the index does not hold.
 */
class SimilarMaterialsIT {

    static MaterialIndex index;
    static final CoreNames SUBJECTS = CoreNames.of(Map.of("TOAN", "Toán", "AM_NHAC", "Âm nhạc",
            "TNXH", "Tự nhiên và Xã hội", "TIENG_VIET", "Tiếng Việt"), Map.of(), Map.of());

    @BeforeAll
    static void indexFixedMaterials() {
        SharedDevNode.wipe();
        index = MaterialIndex.on(SharedDevNode.connection());
        index.ensureIndex();
        put(1, "Phép nhân lớp 3", "Bảng nhân 2 đến 9, bài tập phép nhân có lời giải", List.of("bảng nhân", "phép nhân"), "TOAN", 3,
                "Bảng nhân 2: 2 x 1 = 2, 2 x 2 = 4. Bảng nhân 3: 3 x 1 = 3. Học thuộc bảng nhân để làm phép nhân nhanh.");
        put(2, "Bảng nhân 6", "Học thuộc bảng nhân 6 qua trò chơi", List.of("bảng nhân"), "TOAN", 3,
                "Bảng nhân 6: 6 x 1 = 6, 6 x 2 = 12. Phép nhân với 6.");
        put(3, "Phép nhan voi so co hai chu so", "Bai tap phep nhan, bang nhan", List.of("phep nhan"), "TOAN", 4,
                "Dat tinh roi tinh phep nhan. Bang nhan giup tinh nhanh.");
        put(4, "Dương cầm cho thiếu nhi", "Tập đàn những bài đầu tiên", List.of("piano"), "AM_NHAC", 2,
                "Ngồi thẳng lưng, đặt tay lên phím đàn, tập gam Đô trưởng.");
        put(5, "Vòng tuần hoàn của nước", "Nước bốc hơi, ngưng tụ thành mây, rơi xuống thành mưa", List.of("giọt nước"), "TNXH", 2,
                "Mặt trời làm nước bốc hơi. Hơi nước gặp lạnh thành mây. Mây nặng hạt thành mưa.");
        put(6, "Tập đọc: Quả táo", "Bài tập đọc lớp 1", List.of("tập đọc"), "TIENG_VIET", 1,
                "Quả táo đỏ trên cành cây. Bé hái quả táo tặng mẹ.");
        put(7, "DRAFT", "Phép nhân lớp 3 (bản nháp)", "Bảng nhân 2 đến 9, phép nhân", List.of("bảng nhân", "phép nhân"), "TOAN", 3,
                "Bảng nhân 2: 2 x 1 = 2. Học thuộc bảng nhân để làm phép nhân nhanh.");
        index.refresh();
    }

    private static void put(long id, String title, String description, List<String> keywords, String subject, int grade, String body) {
        put(id, SearchableMaterial.PUBLISHED, title, description, keywords, subject, grade, body);
    }

    private static void put(long id, String status, String title, String description, List<String> keywords, String subject,
                            int grade, String body) {
        SearchableMaterial m = new SearchableMaterial(id, id * 10, 1, status, title, description, keywords, subject, List.of(grade),
                "E_LECTURE", "CC_BY", "vi", 100 + id, 7L, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600 * id),
                body, "", null, 0, 0, List.of(), List.of());
        assertThat(index.put(MaterialDocuments.of(m, SUBJECTS), 1)).isTrue();
    }

    @Test
    void materialsOnTheSameTopicAreSimilarAndTheMaterialItselfIsNot() {
        List<String> likeMultiplication = ids(index.similar("1", 5));

        assertThat(likeMultiplication).as("the other multiplication tables").contains("2").doesNotContain("1");
        assertThat(likeMultiplication).as("piano, water, reading share no topic").doesNotContain("4", "5", "6");
    }

    @Test
    void workInProgressIsNeverOfferedAsSimilar() {
        assertThat(ids(index.similar("1", 10))).doesNotContain("7");
    }

    @Test
    void aMaterialWrittenWithoutDiacriticsIsSimilarThroughTheFoldedWords() {
        assertThat(ids(index.similar("3", 5))).contains("1").doesNotContain("3");
    }

    @Test
    void hitsCarryWhatAListShows() {
        MaterialHit six = index.similar("1", 5).stream().filter(h -> h.id().equals("2")).findFirst().orElseThrow();

        assertThat(six.title()).isEqualTo("Bảng nhân 6");
        assertThat(six.subject()).isEqualTo("TOAN");
        assertThat(six.grades()).containsExactly(3);
        assertThat(six.snippets()).isEmpty();
    }

    @Test
    void atMostTheAskedNumber() {
        assertThat(index.similar("1", 1)).hasSize(1);
    }

    @Test
    void aMaterialNotInTheIndexHasNoSimilarOnes() {
        assertThat(index.similar("999", 5)).isEmpty();
        assertThat(index.similar(" ", 5)).isEmpty();
    }

    private static List<String> ids(List<MaterialHit> hits) {
        return hits.stream().map(MaterialHit::id).toList();
    }
}
