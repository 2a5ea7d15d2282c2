package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A QTI response declaration: its correct values and its mapping (partial marks per answer), if any. */
record ResponseDeclaration(String identifier, String cardinality, String baseType, List<String> correct,
                           List<MapEntry> mapping, Map<String, String> ours) {

    private static final List<String> OUR_FLAGS = List.of("caseSensitive", "ignoreDiacritics", "partialCredit");

    record MapEntry(String key, BigDecimal value, boolean caseSensitive) {
    }

    static ResponseDeclaration of(Element declaration) {
        List<String> correct = QtiXml.child(declaration, "correctResponse").map(QtiXml::values).orElse(List.of());
        List<MapEntry> mapping = QtiXml.child(declaration, "mapping").map(m -> QtiXml.children(m, "mapEntry").stream()
                .map(e -> new MapEntry(QtiXml.attribute(e, "mapKey").strip(), number(QtiXml.attribute(e, "mappedValue")),
                        "true".equals(QtiXml.attribute(e, "caseSensitive"))))
                .toList()).orElse(List.of());
        Map<String, String> ours = new HashMap<>();
        OUR_FLAGS.forEach(f -> QtiExtension.attribute(declaration, f).ifPresent(v -> ours.put(f, v)));
        return new ResponseDeclaration(QtiXml.attribute(declaration, "identifier"), QtiXml.attribute(declaration, "cardinality"),
                QtiXml.attribute(declaration, "baseType"), correct, mapping, Map.copyOf(ours));
    }

    /** A flag of our extension ({@link QtiExtension}), if the declaration has it. */
    Optional<Boolean> flag(String name) {
        return Optional.ofNullable(ours.get(name)).map("true"::equals);
    }

    /** The correct values and then the other answers the mapping gives full marks (a box that accepts several). */
    List<String> acceptedAnswers() {
        List<String> all = new ArrayList<>(rightAnswers());
        if (!correct.isEmpty()) {
            Optional<BigDecimal> best = mapping.stream().map(MapEntry::value).max(BigDecimal::compareTo).filter(v -> v.signum() > 0);
            best.ifPresent(b -> mapping.stream().filter(e -> e.value().compareTo(b) == 0).map(MapEntry::key)
                    .filter(k -> !all.contains(k)).forEach(all::add));
        }
        return all;
    }

    /** The correct values, or else the answers the mapping gives the most marks (items without a correctResponse). */
    List<String> rightAnswers() {
        if (!correct.isEmpty()) {
            return correct;
        }
        Optional<BigDecimal> best = mapping.stream().map(MapEntry::value).max(BigDecimal::compareTo).filter(v -> v.signum() > 0);
        return best.map(b -> mapping.stream().filter(e -> e.value().compareTo(b) == 0).map(MapEntry::key).toList()).orElse(List.of());
    }

    /** Answers the mapping gives some but not full marks to: the bank cannot keep those. */
    List<String> partlyRight() {
        Optional<BigDecimal> best = mapping.stream().map(MapEntry::value).max(BigDecimal::compareTo);
        return mapping.stream().filter(e -> e.value().signum() > 0 && best.isPresent() && e.value().compareTo(best.get()) < 0)
                .map(MapEntry::key).toList();
    }

    /** Whether the mapping weighs right answers differently (a matching or multiple-response item). */
    boolean unevenWeights() {
        return mapping.stream().filter(e -> e.value().signum() > 0).map(e -> e.value().stripTrailingZeros()).distinct().count() > 1;
    }

    boolean numeric() {
        return baseType.equals("float") || baseType.equals("integer");
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
