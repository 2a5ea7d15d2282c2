package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.model.EssayKey;
import vn.hoclieu.core.quiz.model.NumericKey;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.ShortTextKey;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What plain QTI 2.1 (no HocLieu attributes) says about scoring, as the import reads it. */
class QtiScoringImportTest {

    private static Question item(String declarations, String body, String processing) {
        String xml = """
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i1" title="Câu" adaptive="false" timeDependent="false">
                %s
                <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>4</value></defaultValue></outcomeDeclaration>
                <itemBody>%s</itemBody>%s</assessmentItem>""".formatted(declarations, body, processing);
        List<Question> read = QtiPackageReader.readItem("i1.xml", xml.getBytes(StandardCharsets.UTF_8)).questions();
        assertThat(read).hasSize(1);
        return read.getFirst();
    }

    @Test
    void theMaximumScoreIsTheQuestionsPointsAndAnItemFromElsewhereIsUnratedAndTagged() {
        Question q = item("""
                <responseDeclaration identifier="R" cardinality="single" baseType="string"/>""",
                "<p>Viết.</p><extendedTextInteraction responseIdentifier=\"R\"/>", "");

        assertThat(q.points()).isEqualByComparingTo("4");
        assertThat(q.difficulty()).isEqualTo(Question.UNRATED);
        assertThat(q.tags()).containsExactly(Question.IMPORTED_TAG);
    }

    @Test
    void anAbsoluteToleranceOfTheResponseProcessingIsTheNumericTolerance() {
        Question q = item("""
                <responseDeclaration identifier="R" cardinality="single" baseType="float"><correctResponse><value>3.14</value></correctResponse></responseDeclaration>""",
                "<p>π ≈ <textEntryInteraction responseIdentifier=\"R\"/></p>", """
                <responseProcessing><responseCondition><responseIf><equal toleranceMode="absolute" tolerance="0.01 0.01">
                <variable identifier="R"/><correct identifier="R"/></equal>
                <setOutcomeValue identifier="SCORE"><baseValue baseType="float">4</baseValue></setOutcomeValue></responseIf></responseCondition></responseProcessing>""");

        assertThat(q.key()).isEqualTo(new NumericKey(new BigDecimal("3.14"), new BigDecimal("0.01")));
    }

    @Test
    void everyAnswerTheMappingGivesFullMarksIsAccepted() {
        Question q = item("""
                <responseDeclaration identifier="R" cardinality="single" baseType="string"><correctResponse><value>Hà Nội</value></correctResponse>
                <mapping defaultValue="0"><mapEntry mapKey="Hà Nội" mappedValue="1" caseSensitive="false"/>
                <mapEntry mapKey="Thăng Long" mappedValue="1" caseSensitive="false"/><mapEntry mapKey="Hanoi" mappedValue="0.5" caseSensitive="false"/></mapping>
                </responseDeclaration>""", "<p>Thủ đô: <textEntryInteraction responseIdentifier=\"R\"/></p>", "");

        assertThat(q.key()).isEqualTo(new ShortTextKey(List.of("Hà Nội", "Thăng Long"), false, false));
    }

    @Test
    void theRubricForScorersIsTheEssaysGuidanceAndIsNotShownInTheStem() {
        Question q = item("""
                <responseDeclaration identifier="R" cardinality="single" baseType="string"/>""", """
                <rubricBlock view="scorer"><p>Đủ ba phần: 10 điểm.</p></rubricBlock><p>Tả con mèo.</p><extendedTextInteraction responseIdentifier="R"/>""", "");

        assertThat(q.key()).isEqualTo(new EssayKey("Đủ ba phần: 10 điểm."));
        assertThat(q.stem()).isEqualTo("<p>Tả con mèo.</p>");
    }
}
