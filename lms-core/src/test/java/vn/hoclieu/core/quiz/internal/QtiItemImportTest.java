package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.quiz.ImportProblem.Code;
import vn.hoclieu.core.quiz.QtiImport;
import vn.hoclieu.core.quiz.model.ClozeKey;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.MatchingKey;
import vn.hoclieu.core.quiz.model.MultipleResponseKey;
import vn.hoclieu.core.quiz.model.NumericKey;
import vn.hoclieu.core.quiz.model.OrderingKey;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.QuestionType;
import vn.hoclieu.core.quiz.model.Response;
import vn.hoclieu.core.quiz.model.ShortTextKey;
import vn.hoclieu.core.quiz.model.SingleChoiceKey;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.core.quiz.internal.QtiSamples.codes;
import static vn.hoclieu.core.quiz.internal.QtiSamples.item;
import static vn.hoclieu.core.quiz.internal.QtiSamples.onlyQuestion;

/** QTI 2.1 items of the IMS examples (and one of a third-party test) as bank questions. */
class QtiItemImportTest {

    @Test
    void aChoiceWithOneAnswerIsASingleChoiceWithItsOptionsPromptAndPicture() {
        Question q = onlyQuestion("choice.xml");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(q.key()).isEqualTo(new SingleChoiceKey("ChoiceA"));
        assertThat(q.choices()).extracting(Choice::id).containsExactly("ChoiceA", "ChoiceB", "ChoiceC");
        assertThat(q.choices().getFirst().html()).isEqualTo("You must stay with your luggage at all times.");
        assertThat(q.stem()).contains("<p>What does it say?</p>").contains("src=\"images/sign.png\"");
        assertThat(q.assets()).containsExactly("images/sign.png");
        assertThat(q.title()).isEqualTo("Unattended Luggage");
    }

    @Test
    void aChoiceOfSeveralWithAMappingGivesPartialCredit() {
        Question q = onlyQuestion("choice_multiple.xml");
        assertThat(q.key()).isEqualTo(new MultipleResponseKey(Set.of("H", "O"), true));
    }

    @Test
    void aSingleBoxInTheTextIsAShortTextQuestionWithTheBoxInItsStem() {
        Question q = onlyQuestion("text_entry.xml");
        assertThat(q.type()).isEqualTo(QuestionType.SHORT_TEXT);
        assertThat(((ShortTextKey) q.key()).accepted()).containsExactly("York");
        assertThat(q.stem()).contains("by this sun of [[gap:1]];");
    }

    @Test
    void answersWorthPartOfThePointsAreReportedAsSimplified() {
        QtiImport imported = item("text_entry.xml");
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.MAPPING_SIMPLIFIED);
            assertThat(p.detail()).isEqualTo("york");
        });
    }

    @Test
    void aNumericBoxIsANumericQuestion() {
        Question q = onlyQuestion("TextEntrynumeric_770468849.xml");
        assertThat(q.type()).isEqualTo(QuestionType.NUMERIC);
        assertThat(((NumericKey) q.key()).value()).isEqualByComparingTo("4.136");
        assertThat(q.key().score(Response.of("4,136"), BigDecimal.ONE).points()).isEqualByComparingTo("1");
    }

    @Test
    void anInlineChoiceIsAClozeGapWithItsOptions() {
        Question q = onlyQuestion("inline_choice.xml");
        assertThat(q.type()).isEqualTo(QuestionType.CLOZE);
        assertThat(q.gapChoices()).singleElement().satisfies(options -> assertThat(options).extracting(Choice::id).contains("Y"));
        assertThat(q.key()).isEqualTo(new ClozeKey(java.util.List.of(new SingleChoiceKey("Y"))));
    }

    /** The quiz page offers gap N the N-th gap's options: an unnumbered third-party gap must not be gap 0 (a text box then). */
    @Test
    void gapsOfAThirdPartyItemAreNumberedFromOneAsTheirOptionsAre() {
        Question q = onlyQuestion("inline_choice.xml");
        assertThat(q.stem()).contains("[[gap:1]]").doesNotContain("[[gap:0]]");
        assertThat(q.gapChoices().get(1 - 1)).isNotEmpty();
    }

    @Test
    void anOrderKeepsTheRightOrder() {
        assertThat(onlyQuestion("order.xml").key()).isEqualTo(new OrderingKey(java.util.List.of("DriverC", "DriverA", "DriverB"), false));
    }

    @Test
    void aMatchHasBothSetsAndItsPairs() {
        Question q = onlyQuestion("match.xml");
        assertThat(q.choices()).hasSize(4);
        assertThat(q.targets()).hasSize(3);
        assertThat(q.key()).isEqualTo(new MatchingKey(Map.of("C", "R", "D", "M", "L", "M", "P", "T")));
        assertThat(codes(item("match.xml"))).containsExactly(Code.MAPPING_SIMPLIFIED); // 1 and ½ marks became equal shares
    }

    @Test
    void aGapMatchIsAClozeWhoseGapsOfferEveryWord() {
        Question q = onlyQuestion("gap_match.xml");
        assertThat(q.stem()).contains("Now is the [[gap:1]] of our discontent").contains("Made glorious [[gap:2]]")
                .doesNotContain("spring");
        assertThat(q.gapChoices()).hasSize(2).allSatisfy(words -> assertThat(words).extracting(Choice::html)
                .containsExactly("winter", "spring", "summer", "autumn"));
        assertThat(q.key().score(Response.of("W", "Su"), BigDecimal.ONE).points()).isEqualByComparingTo("1");
    }

    @Test
    void anExtendedTextIsAnEssay() {
        assertThat(onlyQuestion("extended_text.xml").type()).isEqualTo(QuestionType.ESSAY);
    }

    @Test
    void anInteractionTheBankDoesNotHoldIsReportedByName() {
        QtiImport imported = item("hottext.xml");
        assertThat(imported.questions()).isEmpty();
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.UNSUPPORTED_INTERACTION);
            assertThat(p.detail()).isEqualTo("hottextInteraction");
        });
    }

    @Test
    void anAdaptiveItemIsReportedNotImported() {
        assertThat(codes(item("adaptive.xml"))).containsExactly(Code.ADAPTIVE);
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE assessmentItem [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="t">
                  <responseDeclaration identifier="R" cardinality="single" baseType="identifier">
                    <correctResponse><value>A</value></correctResponse></responseDeclaration>
                  <itemBody><p>&secret;</p><choiceInteraction responseIdentifier="R" maxChoices="1">
                    <simpleChoice identifier="A">a</simpleChoice><simpleChoice identifier="B">b</simpleChoice>
                  </choiceInteraction></itemBody>
                </assessmentItem>""";
        QtiImport imported = QtiPackageReader.readItem("x.xml", xml.getBytes(StandardCharsets.UTF_8));
        imported.questions().forEach(q -> assertThat(q.stem()).isEqualTo("<p></p>"));
        assertThat(imported.questions().size() + imported.problems().size()).isEqualTo(1);
    }

    @Test
    void markupInTextStaysText() {
        String xml = """
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="t">
                  <responseDeclaration identifier="R" cardinality="single" baseType="identifier">
                    <correctResponse><value>A</value></correctResponse></responseDeclaration>
                  <itemBody><p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p onclick="x()">ok</p>
                  <choiceInteraction responseIdentifier="R" maxChoices="1">
                    <simpleChoice identifier="A">a</simpleChoice><simpleChoice identifier="B">b</simpleChoice>
                  </choiceInteraction></itemBody>
                </assessmentItem>""";
        Question q = QtiPackageReader.readItem("x.xml", xml.getBytes(StandardCharsets.UTF_8)).questions().getFirst();
        assertThat(q.stem()).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>ok</p>");
    }
}
