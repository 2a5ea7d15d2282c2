package vn.hoclieu.web.quiz.view;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jsoup.Jsoup;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.model.Choice;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bank question as reviewers read it on the set's preview: its options with the right ones
 * marked, and the rest of its key as plain lines (accepted answers, a number and its tolerance,
 * pairs, the order, each gap, an essay's guidance); true/false keeps its value for the page to word.
 */
public record PreviewQuestion(BankQuestion question, List<Option> options, List<String> answers, Boolean trueFalse) implements Serializable {

    public record Option(String html, boolean correct) implements Serializable {
    }

    public String tagList() {
        return String.join(", ", question.tags());
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public static PreviewQuestion of(BankQuestion q) {
        JsonObject key = q.key();
        Set<String> correct = switch (q.type()) {
            case SINGLE_CHOICE -> Set.of(key.getString("correct"));
            case MULTIPLE_RESPONSE -> key.getJsonArray("correct").getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
            default -> Set.of();
        };
        List<Option> options = q.choices().stream().map(c -> new Option(c.html(), correct.contains(c.id()))).toList();
        Boolean trueFalse = switch (q.type()) {
            case TRUE_FALSE -> key.getBoolean("correct");
            default -> null;
        };
        return new PreviewQuestion(q, options, answers(q, key), trueFalse);
    }

    private static List<String> answers(BankQuestion q, JsonObject key) {
        Map<String, String> choices = texts(q.choices());
        Map<String, String> targets = texts(q.targets());
        return switch (q.type()) {
            case SHORT_TEXT, NUMERIC -> List.of(typed(key, List.of()));
            case MATCHING -> key.getJsonObject("pairs").entrySet().stream()
                    .map(p -> choices.getOrDefault(p.getKey(), p.getKey()) + " → " + targets.getOrDefault(text(p.getValue()), text(p.getValue()))).toList();
            case ORDERING -> List.of(key.getJsonArray("order").getValuesAs(JsonString.class).stream()
                    .map(s -> choices.getOrDefault(s.getString(), s.getString())).collect(Collectors.joining(" → ")));
            case CLOZE -> gaps(q, key);
            case ESSAY -> key.getString("graderGuidance", "").isBlank() ? List.of() : List.of(key.getString("graderGuidance"));
            default -> List.of();
        };
    }

    private static List<String> gaps(BankQuestion q, JsonObject key) {
        List<JsonObject> gaps = key.getJsonArray("gaps").getValuesAs(JsonObject.class);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            lines.add("(" + (i + 1) + ") " + typed(gaps.get(i), i < q.gapChoices().size() ? q.gapChoices().get(i) : List.of()));
        }
        return lines;
    }

    /** A typed or chosen answer: the accepted texts, the number (± its tolerance), or the chosen option's text. */
    private static String typed(JsonObject key, List<Choice> choices) {
        return switch (key.getString("type")) {
            case "SHORT_TEXT" -> key.getJsonArray("accepted").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .collect(Collectors.joining(" | "));
            case "NUMERIC" -> number(key.getJsonNumber("value")) + (key.getJsonNumber("tolerance").bigDecimalValue().signum() > 0
                    ? " ± " + number(key.getJsonNumber("tolerance")) : "");
            case "SINGLE_CHOICE" -> texts(choices).getOrDefault(key.getString("correct"), key.getString("correct"));
            default -> key.toString();
        };
    }

    private static String number(JsonNumber n) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(6);
        return format.format(n.bigDecimalValue());
    }

    private static Map<String, String> texts(List<Choice> choices) {
        return choices.stream().collect(Collectors.toMap(Choice::id, c -> Jsoup.parse(c.html()).text(), (a, b) -> a));
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
