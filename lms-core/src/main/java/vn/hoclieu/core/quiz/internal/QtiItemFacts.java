package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Element;
import vn.hoclieu.core.quiz.model.Question;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an item says about its question besides the interactions: its points ({@code MAXSCORE}),
 * a numeric box's tolerance ({@code equal} with {@code toleranceMode="absolute"} in the response
 * processing), an essay's guidance for the grader ({@code rubricBlock} for the scorer), and the
 * bank's type, difficulty and tags when the item is our own export ({@link QtiExtension}).
 */
final class QtiItemFacts {

    private final Element item;

    QtiItemFacts(Element item) {
        this.item = item;
    }

    /** The item's maximum score, or one point. */
    BigDecimal points() {
        return QtiXml.children(item, "outcomeDeclaration").stream()
                .filter(o -> QtiXml.attribute(o, "identifier").equals("MAXSCORE"))
                .flatMap(o -> QtiXml.child(o, "defaultValue").stream()).flatMap(d -> QtiXml.values(d).stream())
                .findFirst().flatMap(QtiItemFacts::number).filter(p -> p.signum() > 0).orElse(BigDecimal.ONE);
    }

    /** The absolute tolerance the response processing allows the response {@code responseId}; zero if none. */
    BigDecimal tolerance(String responseId) {
        return QtiXml.child(item, "responseProcessing").stream()
                .flatMap(p -> QtiXml.descendants(p, "equal"::equals).stream())
                .filter(e -> QtiXml.attribute(e, "toleranceMode").equals("absolute"))
                .filter(e -> QtiXml.descendants(e, "variable"::equals).stream().anyMatch(v -> QtiXml.attribute(v, "identifier").equals(responseId)))
                .findFirst().flatMap(e -> number(QtiXml.attribute(e, "tolerance").strip().split("\\s+")[0]))
                .filter(t -> t.signum() >= 0).orElse(BigDecimal.ZERO);
    }

    /** The text of the item's rubric for scorers: an essay's guidance for the teacher who grades it. */
    String graderGuidance() {
        return QtiXml.child(item, "itemBody").stream().flatMap(b -> QtiXml.descendants(b, "rubricBlock"::equals).stream())
                .filter(r -> Arrays.asList(QtiXml.attribute(r, "view").split("\\s+")).contains("scorer"))
                .map(r -> r.getTextContent().strip()).findFirst().orElse("");
    }

    Optional<QuestionType> declaredType() {
        return QtiExtension.attribute(item, "type").flatMap(t -> Arrays.stream(QuestionType.values()).filter(v -> v.name().equals(t)).findFirst());
    }

    int difficulty() {
        return QtiExtension.attribute(item, "difficulty").filter(d -> d.matches("[1-5]")).map(Integer::parseInt).orElse(Question.UNRATED);
    }

    List<String> tags() {
        return QtiExtension.attribute(item, "tags")
                .map(t -> Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of(Question.IMPORTED_TAG));
    }

    private static Optional<BigDecimal> number(String s) {
        try {
            return Optional.of(new BigDecimal(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
