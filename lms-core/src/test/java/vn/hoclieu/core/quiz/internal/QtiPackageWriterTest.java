package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.hoclieu.core.quiz.QtiImport;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The package around the items: well-formed files, a manifest that lists them, a quiz's test. */
class QtiPackageWriterTest {

    private static final List<Question> ALL = Arrays.stream(QuestionType.values()).map(t -> QtiFixtures.of(t).getFirst()).toList();

    @Test
    void everyFileIsWellFormedXmlAndTheManifestListsEveryFile() throws Exception {
        Map<String, byte[]> files = unzip(QtiPackageWriter.questions(ALL));

        for (var file : files.entrySet()) {
            QtiXml.parse(file.getValue()); // throws if not well-formed
        }
        Element manifest = QtiXml.parse(files.get("imsmanifest.xml")).getDocumentElement();
        List<String> listed = QtiXml.descendants(manifest, "file"::equals).stream().map(f -> f.getAttribute("href")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files.keySet().stream().filter(f -> !f.equals("imsmanifest.xml")).toList());
        assertThat(QtiXml.descendants(manifest, "resource"::equals)).hasSize(ALL.size())
                .allSatisfy(r -> assertThat(r.getAttribute("type")).isEqualTo("imsqti_item_xmlv2p1"));
    }

    @Test
    void aControlCharacterPastedIntoAQuestionDoesNotMakeTheFileUnreadable() throws IOException {
        Question pasted = new Question("q1", "Câu\u0001 hỏi", QuestionType.SHORT_TEXT, "<p>Thủ đô\u000B là [[gap:0]]</p>", List.of(), List.of(),
                List.of(), new vn.hoclieu.core.quiz.model.ShortTextKey(List.of("Hà\u0002 Nội"), false, false), BigDecimal.ONE, List.of(), 3, List.of());

        QtiImport read = QtiPackageReader.readPackage(new ByteArrayInputStream(QtiPackageWriter.questions(List.of(pasted))));

        assertThat(read.problems()).isEmpty();
        assertThat(read.questions()).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Câu hỏi");
            assertThat(q.stem()).isEqualTo("<p>Thủ đô là [[gap:0]]</p>");
            assertThat(q.key()).isEqualTo(new vn.hoclieu.core.quiz.model.ShortTextKey(List.of("Hà Nội"), false, false));
        });
    }

    @Test
    void aBankPackageReImportsEveryQuestionWithoutAProblem() throws IOException {
        QtiImport read = QtiPackageReader.readPackage(new ByteArrayInputStream(QtiPackageWriter.questions(ALL)));

        assertThat(read.problems()).isEmpty();
        assertThat(read.questions()).extracting(Question::type).containsExactly(QuestionType.values());
        assertThat(read.tests()).isEmpty();
    }

    @Test
    void aQuizIsATestWithItsSlotsInOrderAndADrawAsASectionWithASelection() throws Exception {
        QtiPackageWriter.TestPlan plan = new QtiPackageWriter.TestPlan("quiz7", "Kiểm tra 15 phút", List.of(
                QtiPackageWriter.Slot.fixed(ALL.get(4).sourceId(), new BigDecimal("5")),
                new QtiPackageWriter.Slot(List.of(ALL.get(0).sourceId(), ALL.get(1).sourceId(), ALL.get(2).sourceId()), 2, BigDecimal.ONE)));
        byte[] zip = QtiPackageWriter.test(List.of(ALL.get(0), ALL.get(1), ALL.get(2), ALL.get(4)), plan);

        QtiImport read = QtiPackageReader.readPackage(new ByteArrayInputStream(zip));
        assertThat(read.tests()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Kiểm tra 15 phút");
            assertThat(t.questionIds()).containsExactly("q104", "q100", "q101", "q102");
        });
        Element test = QtiXml.parse(unzip(zip).get("test.xml")).getDocumentElement();
        Element draw = QtiXml.descendants(test, "assessmentSection"::equals).get(1);
        assertThat(QtiXml.child(draw, "selection").orElseThrow().getAttribute("select")).isEqualTo("2");
        Element fixed = QtiXml.descendants(test, "assessmentItemRef"::equals).getFirst();
        assertThat(fixed.getAttributeNS(QtiExtension.NAMESPACE, "points")).isEqualTo("5");
        assertThat(QtiXml.child(fixed, "weight").orElseThrow().getAttribute("value")).isEqualTo("2"); // 5 points for a 2.5-point item
        Element manifest = QtiXml.parse(unzip(zip).get("imsmanifest.xml")).getDocumentElement();
        assertThat(QtiXml.descendants(manifest, "resource"::equals)).extracting(r -> r.getAttribute("type")).contains("imsqti_test_xmlv2p1");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
