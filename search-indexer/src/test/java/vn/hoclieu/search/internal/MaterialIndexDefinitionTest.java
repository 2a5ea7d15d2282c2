package vn.hoclieu.search.internal;

import co.elastic.clients.elasticsearch._types.analysis.Analyzer;
import co.elastic.clients.elasticsearch._types.analysis.TokenFilterDefinition;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The index definition as the official client reads it: what a standard cluster will receive. */
class MaterialIndexDefinitionTest {

    private final CreateIndexRequest request = MaterialIndexDefinition.createRequest();

    @Test
    void createsTheVersionedIndexBehindTheWriteAlias() {
        assertThat(request.index()).isEqualTo("hoclieu-materials-v3");
        assertThat(request.aliases()).containsOnlyKeys("hoclieu-materials");
        assertThat(request.aliases().get("hoclieu-materials").isWriteIndex()).isTrue();
    }

    @Test
    void foldedAnalyzerKeepsTheAccentedTokenAndAddsTheFoldedOne() {
        var analysis = request.settings().analysis();
        TokenFilterDefinition fold = analysis.filter().get("vi_fold").definition();
        assertThat(fold.isAsciifolding()).isTrue();
        assertThat(fold.asciifolding().preserveOriginal()).isTrue();

        Analyzer folded = analysis.analyzer().get("vi_folded");
        assertThat(folded.custom().tokenizer()).isEqualTo("standard");
        assertThat(folded.custom().filter()).containsExactly("lowercase", "vi_fold");
        assertThat(analysis.analyzer().get("vi_text").custom().filter()).containsExactly("lowercase");
    }

    @Test
    void everyVietnameseTextFieldIsAnalysedAsWrittenAndFolded() {
        Map<String, Property> fields = request.mappings().properties();
        for (String name : new String[] {"title", "description", "keywords", "body", "captions", "tags"}) {
            Property field = fields.get(name);
            assertThat(field.isText()).as(name).isTrue();
            assertThat(field.text().analyzer()).as(name).isEqualTo("vi_text");
            assertThat(field.text().fields().get("folded").text().analyzer()).as(name + ".folded").isEqualTo("vi_folded");
        }
    }

    @Test
    void mappingCoversEveryFieldOfTheIndexedDocument() {
        // dynamic=strict rejects unknown fields, so each MaterialDocument component needs a mapping
        assertThat(request.mappings().dynamic()).isEqualTo(DynamicMapping.Strict);
        for (var component : vn.hoclieu.search.MaterialDocument.class.getRecordComponents()) {
            assertThat(request.mappings().properties()).containsKey(component.getName());
        }
    }

    @Test
    void facetsAreKeywordsAndSuggestionsFoldWithoutKeepingTheOriginal() {
        Map<String, Property> fields = request.mappings().properties();
        for (String name : new String[] {"subject", "type", "licence", "language", "schoolId", "authorId"}) {
            assertThat(fields.get(name).isKeyword()).as(name).isTrue();
        }
        assertThat(fields.get("suggest").isCompletion()).isTrue();
        assertThat(fields.get("suggest").completion().analyzer()).isEqualTo("vi_suggest");
        var analysis = request.settings().analysis();
        assertThat(analysis.filter().get("vi_fold_only").definition().asciifolding().preserveOriginal()).isFalse();
        assertThat(analysis.analyzer().get("vi_suggest").custom().filter()).containsExactly("lowercase", "vi_fold_only");
    }

    @Test
    void reindexNamesBelongToTheCurrentVersion() {
        String next = MaterialIndexDefinition.nextName();
        assertThat(next).startsWith("hoclieu-materials-v3-").isLowerCase();
        assertThat(MaterialIndexDefinition.isCurrent(next)).isTrue();
        assertThat(MaterialIndexDefinition.isCurrent("hoclieu-materials-v3")).isTrue();
        assertThat(MaterialIndexDefinition.isCurrent("hoclieu-materials-v1")).isFalse();
        assertThat(MaterialIndexDefinition.createRequest(next, false).aliases()).isEmpty();
    }
}
