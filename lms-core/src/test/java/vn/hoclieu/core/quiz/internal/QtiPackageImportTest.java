package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.ImportProblem;
import vn.hoclieu.core.quiz.ImportProblem.Code;
import vn.hoclieu.core.quiz.QtiImport;
import vn.hoclieu.core.quiz.model.Question;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.core.quiz.internal.QtiSamples.codes;
import static vn.hoclieu.core.quiz.internal.QtiSamples.pack;

/** IMS content packages of QTI 2.1/2.2 (TAO's test samples) and broken or hostile ones. */
class QtiPackageImportTest {

    @Test
    void aTestListsItsItemsInOrder() {
        QtiImport imported = pack("tao-qti21-MathML.zip");
        assertThat(imported.tests()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("MathML Support Test");
            assertThat(t.questionIds()).containsExactly("Q01", "Q02", "Q03");
        });
        assertThat(imported.problems()).isEmpty();
    }

    @Test
    void mathMlIsKeptWhole() {
        Question q = pack("tao-qti21-MathML.zip").questions().getFirst();
        assertThat(q.stem()).startsWith("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"").contains("<msup>");
    }

    @Test
    void aSharedStimulusIsInlinedAndItsImageFoundBesideItIsReportedNotImported() {
        QtiImport imported = pack("tao-qti21-BasicSharedStimulus.zip");
        assertThat(imported.questions()).hasSize(3).allSatisfy(q -> {
            assertThat(q.stem()).contains("src=\"STIMULUS/logo.png\"");
            assertThat(q.assets()).containsExactly("STIMULUS/logo.png");
        });
        assertThat(imported.problems()).as("found, but the bank plays only repository files").hasSize(3)
                .allSatisfy(p -> assertThat(p.code()).isEqualTo(Code.MEDIA_NOT_IMPORTED))
                .allSatisfy(p -> assertThat(p.detail()).isEqualTo("STIMULUS/logo.png"));
    }

    @Test
    void aMalformedTestIsReportedAndItsItemsAreStillImported() {
        QtiImport imported = pack("BROKEN_tao-qti21-MalformedXMLTest.zip");
        assertThat(imported.questions()).hasSize(3);
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.MALFORMED);
            assertThat(p.file()).isEqualTo("test.xml");
        });
    }

    @Test
    void everyUnsupportedInteractionOfAPackageIsReported() {
        QtiImport imported = pack("tao-qti22-test_label_is_persisted.zip");
        assertThat(imported.questions()).isEmpty();
        assertThat(imported.problems()).extracting(ImportProblem::detail)
                .containsExactlyInAnyOrder("associateInteraction", "sliderInteraction", "uploadInteraction");
        assertThat(imported.tests()).singleElement().satisfies(t -> assertThat(t.questionIds()).isEmpty());
    }

    @Test
    void aMissingImageIsReportedAndTheQuestionKept() throws IOException {
        QtiImport imported = QtiPackageReader.readPackage(zip("items/q1.xml", itemWithImage("../media/gone.png")));
        assertThat(imported.questions()).hasSize(1);
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.MISSING_ASSET);
            assertThat(p.detail()).isEqualTo("media/gone.png");
        });
    }

    @Test
    void aCommonCartridgeOfQti12IsNotAQti2Package() {
        assertThat(codes(pack("canvas-cc-all-question-types.imscc"))).containsExactly(Code.NOT_A_PACKAGE);
    }

    @Test
    void somethingThatIsNotAZipIsRefusedWithAReason() throws IOException {
        QtiImport imported = QtiPackageReader.readPackage(new ByteArrayInputStream("%PDF-1.4 not a zip".getBytes(StandardCharsets.US_ASCII)));
        assertThat(codes(imported)).containsExactly(Code.NOT_A_PACKAGE);
    }

    @Test
    void aPathClimbingOutOfThePackageIsRefused() throws IOException {
        QtiImport imported = QtiPackageReader.readPackage(zip("../../etc/evil.xml", itemWithImage("x.png")));
        assertThat(imported.questions()).isEmpty();
        assertThat(imported.problems()).singleElement().satisfies(p -> assertThat(p.detail()).contains("outside the package"));
    }

    @Test
    void anXmlFileOverTheLimitIsRefusedWithoutReadingItAll() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("huge.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 6; i++) {
                zip.write(spaces); // 6 MB of spaces compress to a few kB: a small zip bomb
            }
        }
        QtiImport imported = QtiPackageReader.readPackage(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.NOT_A_PACKAGE);
            assertThat(p.detail()).contains("huge.xml");
        });
    }

    private static String itemWithImage(String src) {
        return """
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="q1" title="t">
                  <responseDeclaration identifier="R" cardinality="single" baseType="identifier">
                    <correctResponse><value>A</value></correctResponse></responseDeclaration>
                  <itemBody><p><img src="%s" alt="x"/></p><choiceInteraction responseIdentifier="R" maxChoices="1">
                    <simpleChoice identifier="A">a</simpleChoice><simpleChoice identifier="B">b</simpleChoice>
                  </choiceInteraction></itemBody>
                </assessmentItem>""".formatted(src);
    }

    private static ByteArrayInputStream zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
