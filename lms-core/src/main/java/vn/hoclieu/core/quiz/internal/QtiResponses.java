package vn.hoclieu.core.quiz.internal;

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
import vn.hoclieu.core.quiz.model.ShortTextKey;
import vn.hoclieu.core.quiz.model.SingleChoiceKey;
import vn.hoclieu.core.quiz.model.TrueFalseKey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A question's answer key the QTI way: response declarations (correct values; a mapping where
 * answers earn shares: partial credit, matching pairs, accepted words) and a response processing
 * that scores like the bank does, out of the question's points ({@code MAXSCORE}). Ordering's
 * partial credit and a word's diacritics have no QTI form: they are our attributes, and other
 * tools score those all-or-nothing or strictly.
 */
final class QtiResponses {

    private final QtiXmlWriter xml;
    private final Question question;

    QtiResponses(QtiXmlWriter xml, Question question) {
        this.xml = xml;
        this.question = question;
    }

    /** The response identifier of a cloze's gap {@code index}; a question of one response has {@code RESPONSE}. */
    static String responseId(Question question, int index) {
        return question.key() instanceof ClozeKey ? QtiItemWriter.RESPONSE + "_" + (index + 1) : QtiItemWriter.RESPONSE;
    }

    void declarations(Element item) {
        if (question.key() instanceof ClozeKey cloze) {
            for (int i = 0; i < cloze.gaps().size(); i++) {
                declaration(item, responseId(question, i), cloze.gaps().get(i), BigDecimal.ONE);
            }
        } else {
            declaration(item, QtiItemWriter.RESPONSE, question.key(), question.points());
        }
        outcome(item, "SCORE", "0");
        outcome(item, "MAXSCORE", question.points().toPlainString());
    }

    private void declaration(Element item, String id, AnswerKey key, BigDecimal points) {
        Element d = xml.add(item, "responseDeclaration", "identifier", id);
        switch (key) {
            case SingleChoiceKey k -> correct(typed(d, "single", "identifier"), List.of(k.correct()));
            case TrueFalseKey k -> correct(typed(d, "single", "identifier"), List.of(Boolean.toString(k.correct())));
            case MultipleResponseKey k -> multipleResponse(typed(d, "multiple", "identifier"), k, points);
            case ShortTextKey k -> shortText(typed(d, "single", "string"), k, points);
            case NumericKey k -> correct(typed(d, "single", "float"), List.of(k.value().toPlainString()));
            case MatchingKey k -> matching(typed(d, "multiple", "directedPair"), k, points);
            case OrderingKey k -> {
                correct(typed(d, "ordered", "identifier"), k.order());
                xml.ours(d, "partialCredit", Boolean.toString(k.partialCredit()));
            }
            case EssayKey k -> typed(d, "single", "string");
            case ClozeKey k -> throw new IllegalArgumentException("a cloze inside a cloze");
        }
    }

    private static Element typed(Element d, String cardinality, String baseType) {
        d.setAttribute("cardinality", cardinality);
        d.setAttribute("baseType", baseType);
        return d;
    }

    private void correct(Element d, List<String> values) {
        Element correct = xml.add(d, "correctResponse");
        values.forEach(v -> xml.add(correct, "value").setTextContent(QtiXmlWriter.safe(v)));
    }

    /** Each right option earns its share, each wrong one takes it away, between nothing and the points. */
    private void multipleResponse(Element d, MultipleResponseKey k, BigDecimal points) {
        List<String> right = k.correct().stream().sorted().toList();
        correct(d, right);
        if (k.partialCredit()) {
            BigDecimal share = share(points, right.size());
            Element mapping = mapping(d, points);
            for (Choice c : question.choices()) {
                entry(mapping, c.id(), right.contains(c.id()) ? share : share.negate());
            }
        }
    }

    private void shortText(Element d, ShortTextKey k, BigDecimal points) {
        correct(d, List.of(k.accepted().getFirst()));
        Element mapping = mapping(d, points);
        k.accepted().forEach(a -> entry(mapping, a, points).setAttribute("caseSensitive", Boolean.toString(k.caseSensitive())));
        xml.ours(d, "caseSensitive", Boolean.toString(k.caseSensitive()));
        xml.ours(d, "ignoreDiacritics", Boolean.toString(k.ignoreDiacritics()));
    }

    private void matching(Element d, MatchingKey k, BigDecimal points) {
        List<Map.Entry<String, String>> pairs = k.pairs().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        correct(d, pairs.stream().map(p -> p.getKey() + " " + p.getValue()).toList());
        Element mapping = mapping(d, points);
        pairs.forEach(p -> entry(mapping, p.getKey() + " " + p.getValue(), share(points, pairs.size())));
    }

    private Element mapping(Element d, BigDecimal points) {
        return xml.add(d, "mapping", "lowerBound", "0", "upperBound", points.toPlainString(), "defaultValue", "0");
    }

    private Element entry(Element mapping, String key, BigDecimal value) {
        return xml.add(mapping, "mapEntry", "mapKey", key, "mappedValue", value.toPlainString(), "caseSensitive", "true");
    }

    private static BigDecimal share(BigDecimal points, int of) {
        return points.divide(BigDecimal.valueOf(of), 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private void outcome(Element item, String id, String value) {
        Element o = xml.add(item, "outcomeDeclaration", "identifier", id, "cardinality", "single", "baseType", "float");
        xml.add(xml.add(o, "defaultValue"), "value").setTextContent(value);
    }

    /** SCORE out of the points, as the bank scores (an essay is left to the teacher). */
    void processing(Element item) {
        switch (question.key()) {
            case EssayKey k -> {
            }
            case ClozeKey cloze -> {
                Element p = xml.add(item, "responseProcessing");
                BigDecimal share = share(question.points(), cloze.gaps().size());
                for (int i = 0; i < cloze.gaps().size(); i++) {
                    when(p, right(responseId(question, i), cloze.gaps().get(i)), add(share));
                }
            }
            case MultipleResponseKey k when k.partialCredit() -> mapped(item);
            case MatchingKey k -> mapped(item);
            case ShortTextKey k -> mapped(item);
            default -> when(xml.add(item, "responseProcessing"), right(QtiItemWriter.RESPONSE, question.key()), set(question.points()));
        }
    }

    private void mapped(Element item) {
        Element set = xml.add(xml.add(item, "responseProcessing"), "setOutcomeValue", "identifier", "SCORE");
        xml.add(set, "mapResponse", "identifier", QtiItemWriter.RESPONSE);
    }

    /** The condition that a response is right: the correct value, within the tolerance, or a mapped word. */
    private Element right(String response, AnswerKey key) {
        Element test = switch (key) {
            case NumericKey k -> {
                String t = k.tolerance().toPlainString();
                yield xml.element("equal", "toleranceMode", "absolute", "tolerance", t + " " + t);
            }
            case ShortTextKey k -> {
                Element gt = xml.element("gt");
                xml.add(gt, "mapResponse", "identifier", response);
                xml.add(gt, "baseValue", "baseType", "float").setTextContent("0");
                yield gt;
            }
            default -> xml.element("match");
        };
        if (!(key instanceof ShortTextKey)) {
            xml.add(test, "variable", "identifier", response);
            xml.add(test, "correct", "identifier", response);
        }
        return test;
    }

    private void when(Element processing, Element condition, Element then) {
        Element responseIf = xml.add(xml.add(processing, "responseCondition"), "responseIf");
        responseIf.appendChild(condition);
        responseIf.appendChild(then);
    }

    private Element set(BigDecimal value) {
        Element set = xml.element("setOutcomeValue", "identifier", "SCORE");
        xml.add(set, "baseValue", "baseType", "float").setTextContent(value.toPlainString());
        return set;
    }

    private Element add(BigDecimal share) {
        Element set = xml.element("setOutcomeValue", "identifier", "SCORE");
        Element sum = xml.add(set, "sum");
        xml.add(sum, "variable", "identifier", "SCORE");
        xml.add(sum, "baseValue", "baseType", "float").setTextContent(share.toPlainString());
        return set;
    }
}
