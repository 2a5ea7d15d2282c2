package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.hoclieu.core.quiz.model.AnswerKey;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.ClozeKey;
import vn.hoclieu.core.quiz.model.EssayKey;
import vn.hoclieu.core.quiz.model.MatchingKey;
import vn.hoclieu.core.quiz.model.MultipleResponseKey;
import vn.hoclieu.core.quiz.model.NumericKey;
import vn.hoclieu.core.quiz.model.OrderingKey;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.QuestionType;
import vn.hoclieu.core.quiz.model.ShortTextKey;
import vn.hoclieu.core.quiz.model.SingleChoiceKey;

import java.util.List;

/**
 * One bank question as a QTI 2.1 {@code assessmentItem}: its declarations and scoring
 * ({@link QtiResponses}), then its body — the stem in a wrapping {@code div}, its boxes and
 * drop-downs where its {@code [[gap:N]]} are, its block interaction after it. What QTI cannot say
 * goes in our attributes ({@link QtiExtension}).
 */
final class QtiItemWriter {

    static final String RESPONSE = "RESPONSE";

    private final Question question;
    private final QtiXmlWriter xml;
    private int gapsWritten;

    private QtiItemWriter(Question question) {
        this.question = question;
        this.xml = QtiXmlWriter.document(QtiExtension.QTI, "assessmentItem");
    }

    static Document write(Question question) {
        QtiItemWriter writer = new QtiItemWriter(question);
        writer.item();
        return writer.xml.document();
    }

    private void item() {
        Element item = xml.root();
        item.setAttribute("identifier", question.sourceId());
        item.setAttribute("title", QtiXmlWriter.safe(question.title()));
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        xml.ours(item, "type", question.type().name());
        xml.ours(item, "difficulty", Integer.toString(question.difficulty()));
        xml.ours(item, "tags", String.join(",", question.tags()));
        QtiResponses responses = new QtiResponses(xml, question);
        responses.declarations(item);
        body(xml.add(item, "itemBody"));
        responses.processing(item);
    }

    private void body(Element body) {
        if (question.key() instanceof EssayKey essay && essay.graderGuidance() != null && !essay.graderGuidance().isBlank()) {
            Element rubric = xml.add(body, "rubricBlock", "view", "scorer");
            xml.add(rubric, "p").setTextContent(QtiXmlWriter.safe(essay.graderGuidance()));
        }
        Element stem = xml.add(body, "div");
        xml.ours(stem, "added", "true");
        switch (question.key()) {
            case ClozeKey cloze -> inlineGaps(stem, cloze.gaps());
            case NumericKey k -> inlineGaps(stem, List.of(k));
            case ShortTextKey k -> inlineGaps(stem, List.of(k));
            default -> {
                QtiMarkup.append(stem, question.stem(), null);
                block(body, question.key());
            }
        }
    }

    /** The stem with its boxes in place; boxes it has no placeholder for follow it. */
    private void inlineGaps(Element stem, List<AnswerKey> gaps) {
        QtiMarkup.append(stem, question.stem(), n -> gapsWritten < gaps.size() ? gap(gaps, Integer.toString(n)) : null);
        while (gapsWritten < gaps.size()) {
            stem.appendChild(gap(gaps, QtiExtension.NO_GAP));
        }
    }

    private Element gap(List<AnswerKey> gaps, String written) {
        int index = gapsWritten++;
        String response = QtiResponses.responseId(question, index);
        Element gap;
        if (gaps.get(index) instanceof SingleChoiceKey) {
            gap = xml.element("inlineChoiceInteraction", "responseIdentifier", response, "shuffle", "false");
            List<Choice> choices = index < question.gapChoices().size() ? question.gapChoices().get(index) : List.of();
            choices.forEach(c -> QtiMarkup.append(xml.add(gap, "inlineChoice", "identifier", c.id()), c.html(), null));
        } else {
            gap = xml.element("textEntryInteraction", "responseIdentifier", response);
        }
        xml.ours(gap, "gap", written);
        return gap;
    }

    private void block(Element body, AnswerKey key) {
        Element interaction = switch (key) {
            case MatchingKey k -> match(body);
            case OrderingKey k -> choices(xml.add(body, "orderInteraction", "responseIdentifier", RESPONSE, "shuffle", "false"));
            case EssayKey k -> xml.add(body, "extendedTextInteraction", "responseIdentifier", RESPONSE);
            case MultipleResponseKey k -> choices(xml.add(body, "choiceInteraction", "responseIdentifier",
                    RESPONSE, "shuffle", "false", "maxChoices", "0"));
            default -> choices(xml.add(body, "choiceInteraction", "responseIdentifier", RESPONSE, "shuffle", "false", "maxChoices", "1"));
        };
        if (question.type() == QuestionType.TRUE_FALSE && question.choices().isEmpty()) {
            trueFalseLabels(interaction);
        }
    }

    private Element choices(Element interaction) {
        question.choices().forEach(c -> QtiMarkup.append(xml.add(interaction, "simpleChoice", "identifier", c.id()), c.html(), null));
        return interaction;
    }

    /** A true/false question shows "Đúng"/"Sai" of its own; QTI needs them written (and our reader skips them). */
    private void trueFalseLabels(Element interaction) {
        for (String[] label : new String[][] {{"true", "Đúng"}, {"false", "Sai"}}) {
            Element choice = xml.add(interaction, "simpleChoice", "identifier", label[0]);
            choice.setTextContent(label[1]);
            xml.ours(choice, "added", "true");
        }
    }

    private Element match(Element body) {
        Element match = xml.add(body, "matchInteraction", "responseIdentifier", RESPONSE, "shuffle", "false",
                "maxAssociations", Integer.toString(question.choices().size()));
        Element left = xml.add(match, "simpleMatchSet");
        question.choices().forEach(c -> QtiMarkup.append(xml.add(left, "simpleAssociableChoice", "identifier", c.id(), "matchMax", "1"), c.html(), null));
        Element right = xml.add(match, "simpleMatchSet");
        question.targets().forEach(c -> QtiMarkup.append(xml.add(right, "simpleAssociableChoice", "identifier", c.id(), "matchMax", "0"), c.html(), null));
        return match;
    }
}
