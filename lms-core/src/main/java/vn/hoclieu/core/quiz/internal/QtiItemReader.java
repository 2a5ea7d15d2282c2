package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Element;
import vn.hoclieu.core.quiz.ImportProblem;
import vn.hoclieu.core.quiz.ImportProblem.Code;
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
import vn.hoclieu.core.quiz.model.TrueFalseKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One QTI 2.1/2.2 {@code assessmentItem} → one bank question, or the reason it cannot be one.
 * Supported: choice (single and multiple), order, match, gap match, text entry and inline choice
 * (a single box is a short-text or numeric question, several gaps a cloze), extended text (essay).
 */
final class QtiItemReader {

    /** The question, if the item could be read, and what was left out or simplified. */
    record Reading(Optional<Question> question, List<ImportProblem> problems) {
    }

    private static final Set<String> BLOCK = Set.of("choiceInteraction", "orderInteraction", "matchInteraction",
            "gapMatchInteraction", "extendedTextInteraction");
    private static final Set<String> INLINE = Set.of("textEntryInteraction", "inlineChoiceInteraction");

    private final Element item;
    private final String file;
    private final String id;
    private final Function<String, Optional<QtiBody.Stimulus>> stimuli;
    private final Map<String, ResponseDeclaration> declarations = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> assets = new ArrayList<>();
    private final QtiItemFacts facts;

    private QtiItemReader(Element item, String file, Function<String, Optional<QtiBody.Stimulus>> stimuli) {
        this.item = item;
        this.file = file;
        this.id = QtiXml.attribute(item, "identifier");
        this.stimuli = stimuli;
        this.facts = new QtiItemFacts(item);
        QtiXml.children(item, "responseDeclaration").stream().map(ResponseDeclaration::of)
                .forEach(d -> declarations.put(d.identifier(), d));
    }

    static Reading read(Element item, String file, Function<String, Optional<QtiBody.Stimulus>> stimuli) {
        QtiItemReader reader = new QtiItemReader(item, file, stimuli);
        Optional<Question> question;
        try {
            question = Optional.ofNullable(reader.question());
        } catch (IllegalArgumentException e) { // a key the bank refuses (no pairs, one option to order…)
            reader.problem(Code.NO_CORRECT_RESPONSE, e.getMessage());
            question = Optional.empty();
        }
        return new Reading(question, List.copyOf(reader.problems));
    }

    private Question question() {
        if ("true".equals(QtiXml.attribute(item, "adaptive")) || !QtiXml.children(item, "templateDeclaration").isEmpty()) {
            return problem(Code.ADAPTIVE, "");
        }
        Optional<Element> body = QtiXml.child(item, "itemBody");
        if (body.isEmpty()) {
            return problem(Code.MALFORMED, "itemBody");
        }
        List<Element> interactions = QtiXml.descendants(body.get(), n -> n.endsWith("Interaction"));
        Set<String> kinds = interactions.stream().map(Element::getLocalName).collect(Collectors.toCollection(java.util.TreeSet::new));
        kinds.removeAll(BLOCK);
        kinds.removeAll(INLINE);
        if (interactions.isEmpty() || !kinds.isEmpty()) {
            return problem(Code.UNSUPPORTED_INTERACTION, interactions.isEmpty() ? "—" : String.join(", ", kinds));
        }
        if (interactions.stream().allMatch(i -> INLINE.contains(i.getLocalName()))) {
            return gaps(body.get(), interactions);
        }
        if (interactions.size() > 1) {
            return problem(Code.SEVERAL_INTERACTIONS, interactions.stream().map(Element::getLocalName).collect(Collectors.joining(", ")));
        }
        Element interaction = interactions.getFirst();
        return switch (interaction.getLocalName()) {
            case "choiceInteraction" -> choice(body.get(), interaction);
            case "orderInteraction" -> order(body.get(), interaction);
            case "matchInteraction" -> match(body.get(), interaction);
            case "gapMatchInteraction" -> gapMatch(body.get(), interaction);
            default -> question(QuestionType.ESSAY, QtiBody.of(body.get(), file, stimuli), List.of(), List.of(), List.of(),
                    new EssayKey(facts.graderGuidance()));
        };
    }

    private Question choice(Element body, Element interaction) {
        ResponseDeclaration d = declaration(interaction);
        List<String> right = d.rightAnswers();
        if (right.isEmpty()) {
            return problem(Code.NO_CORRECT_RESPONSE, d.identifier());
        }
        List<Choice> choices = choices(interaction, "simpleChoice");
        if (facts.declaredType().equals(Optional.of(QuestionType.TRUE_FALSE)) && List.of("true", "false").contains(right.getFirst())) {
            return question(QuestionType.TRUE_FALSE, QtiBody.of(body, file, stimuli), choices, List.of(), List.of(),
                    new TrueFalseKey(Boolean.parseBoolean(right.getFirst())));
        }
        if (d.cardinality().equals("single")) {
            simplified(d);
            return question(QuestionType.SINGLE_CHOICE, QtiBody.of(body, file, stimuli), choices, List.of(), List.of(), new SingleChoiceKey(right.getFirst()));
        }
        if (d.unevenWeights()) {
            problem(Code.MAPPING_SIMPLIFIED, String.join(" ", right));
        }
        return question(QuestionType.MULTIPLE_RESPONSE, QtiBody.of(body, file, stimuli), choices, List.of(), List.of(),
                new MultipleResponseKey(new HashSet<>(right), !d.mapping().isEmpty()));
    }

    private Question order(Element body, Element interaction) {
        ResponseDeclaration d = declaration(interaction);
        if (d.correct().isEmpty()) {
            return problem(Code.NO_CORRECT_RESPONSE, d.identifier());
        }
        return question(QuestionType.ORDERING, QtiBody.of(body, file, stimuli), choices(interaction, "simpleChoice"), List.of(), List.of(),
                new OrderingKey(d.correct(), d.flag("partialCredit").orElse(false)));
    }

    private Question match(Element body, Element interaction) {
        ResponseDeclaration d = declaration(interaction);
        List<Element> sets = QtiXml.children(interaction, "simpleMatchSet");
        if (sets.size() != 2) {
            return problem(Code.MALFORMED, "simpleMatchSet");
        }
        if (d.rightAnswers().isEmpty()) {
            return problem(Code.NO_CORRECT_RESPONSE, d.identifier());
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : d.rightAnswers()) {
            String[] ends = pair.split("\\s+");
            if (ends.length != 2 || pairs.putIfAbsent(ends[0], ends[1]) != null) {
                return problem(Code.UNSUPPORTED_INTERACTION, "matchInteraction: " + pair);
            }
        }
        if (d.unevenWeights()) {
            problem(Code.MAPPING_SIMPLIFIED, String.join(", ", d.rightAnswers()));
        }
        return question(QuestionType.MATCHING, QtiBody.of(body, file, stimuli), choices(sets.get(0), "simpleAssociableChoice"),
                choices(sets.get(1), "simpleAssociableChoice"), List.of(), new MatchingKey(pairs));
    }

    /** Words dragged into gaps: a cloze whose every gap offers all the words. */
    private Question gapMatch(Element body, Element interaction) {
        ResponseDeclaration d = declaration(interaction);
        Map<String, String> wordOfGap = new LinkedHashMap<>();
        for (String pair : d.rightAnswers()) {
            String[] ends = pair.split("\\s+");
            if (ends.length == 2) {
                wordOfGap.put(ends[1], ends[0]);
            }
        }
        List<Choice> words = choices(interaction, "gapText");
        List<Element> gapElements = QtiXml.descendants(interaction, "gap"::equals);
        List<AnswerKey> keys = new ArrayList<>();
        for (Element gap : gapElements) {
            String word = wordOfGap.get(QtiXml.attribute(gap, "identifier"));
            if (word == null) {
                return problem(Code.NO_CORRECT_RESPONSE, QtiXml.attribute(gap, "identifier"));
            }
            keys.add(new SingleChoiceKey(word));
        }
        if (d.unevenWeights()) {
            problem(Code.MAPPING_SIMPLIFIED, String.join(", ", d.rightAnswers()));
        }
        return question(QuestionType.CLOZE, QtiBody.of(body, file, stimuli), List.of(), List.of(),
                gapElements.stream().map(g -> words).toList(), new ClozeKey(keys));
    }

    /** Boxes and drop-downs inside the text: one box is a short-text or numeric question, more make a cloze. */
    private Question gaps(Element body, List<Element> interactions) {
        List<AnswerKey> keys = new ArrayList<>();
        List<List<Choice>> gapChoices = new ArrayList<>();
        for (Element interaction : interactions) {
            ResponseDeclaration d = declaration(interaction);
            List<String> right = d.acceptedAnswers();
            if (right.isEmpty()) {
                return problem(Code.NO_CORRECT_RESPONSE, d.identifier());
            }
            simplified(d);
            if (interaction.getLocalName().equals("inlineChoiceInteraction")) {
                keys.add(new SingleChoiceKey(right.getFirst()));
                gapChoices.add(choices(interaction, "inlineChoice"));
            } else {
                keys.add(textKey(d, right));
                gapChoices.add(List.of());
            }
        }
        QtiBody stem = QtiBody.of(body, file, stimuli);
        boolean cloze = facts.declaredType().equals(Optional.of(QuestionType.CLOZE));
        if (keys.size() == 1 && !(keys.getFirst() instanceof SingleChoiceKey) && !cloze) {
            QuestionType type = keys.getFirst() instanceof NumericKey ? QuestionType.NUMERIC : QuestionType.SHORT_TEXT;
            return question(type, stem, List.of(), List.of(), List.of(), keys.getFirst());
        }
        return question(QuestionType.CLOZE, stem, List.of(), List.of(), gapChoices, new ClozeKey(keys));
    }

    private AnswerKey textKey(ResponseDeclaration d, List<String> right) {
        if (d.numeric()) {
            Optional<BigDecimal> value = NumericKey.parse(right.getFirst());
            if (value.isPresent()) {
                return new NumericKey(value.get(), facts.tolerance(d.identifier()));
            }
        }
        boolean caseSensitive = d.flag("caseSensitive").orElseGet(() -> d.mapping().stream().anyMatch(ResponseDeclaration.MapEntry::caseSensitive)
                || right.stream().map(String::toLowerCase).distinct().count() < right.size());
        return new ShortTextKey(right, caseSensitive, d.flag("ignoreDiacritics").orElse(false));
    }

    private void simplified(ResponseDeclaration d) {
        if (!d.partlyRight().isEmpty()) {
            problem(Code.MAPPING_SIMPLIFIED, String.join(", ", d.partlyRight()));
        }
    }

    private List<Choice> choices(Element parent, String localName) {
        return QtiXml.descendants(parent, localName::equals).stream().filter(c -> !QtiExtension.added(c))
                .map(c -> {
                    QtiBody content = QtiBody.of(c, file, stimuli);
                    assets.addAll(content.assets());
                    return new Choice(QtiXml.attribute(c, "identifier"), content.html());
                }).toList();
    }

    private ResponseDeclaration declaration(Element interaction) {
        ResponseDeclaration d = declarations.get(QtiXml.attribute(interaction, "responseIdentifier"));
        return d != null ? d : new ResponseDeclaration(QtiXml.attribute(interaction, "responseIdentifier"), "single", "identifier",
                List.of(), List.of(), java.util.Map.of());
    }

    private Question question(QuestionType type, QtiBody stem, List<Choice> choices, List<Choice> targets,
                              List<List<Choice>> gapChoices, AnswerKey key) {
        List<String> all = new ArrayList<>(stem.assets());
        assets.stream().filter(a -> !all.contains(a)).forEach(all::add);
        return new Question(id, QtiXml.attribute(item, "title"), type, stem.html(), choices, targets, gapChoices, key,
                facts.points(), all, facts.difficulty(), facts.tags());
    }

    private Question problem(Code code, String detail) {
        problems.add(new ImportProblem(file, id, code, detail));
        return null;
    }
}
