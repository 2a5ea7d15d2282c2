package vn.hoclieu.content.material;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionSnapshotTest {

    private static MaterialDraft draft(String title, Set<Integer> grades, Set<String> keywords) {
        return new MaterialDraft(title, "Mô tả", "TOAN", grades, MaterialType.E_LECTURE, "vi", Licence.CC_BY, keywords, null, null);
    }

    @Test
    void identicalDescriptionsHaveNoChanges() {
        assertThat(DescriptionSnapshot.changes(draft("A", Set.of(3), Set.of("x")), draft("A", Set.of(3), Set.of("x")))).isEmpty();
    }

    @Test
    void eachChangedFieldIsListedWithBeforeAndAfter() {
        var changes = DescriptionSnapshot.changes(draft("Phép nhân", Set.of(3), Set.of("nhân")),
                draft("Phép nhân và chia", Set.of(3, 4), Set.of("nhân")));

        assertThat(changes).containsExactly(
                new MetadataChange("title", "Phép nhân", "Phép nhân và chia"),
                new MetadataChange("grades", "[3]", "[3, 4]"));
    }

    @Test
    void keywordsCompareAsASetInAnyOrder() {
        assertThat(DescriptionSnapshot.changes(draft("A", Set.of(3), Set.of("b", "a")), draft("A", Set.of(3), Set.of("a", "b")))).isEmpty();
    }
}
