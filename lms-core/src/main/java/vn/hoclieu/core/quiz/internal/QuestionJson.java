package vn.hoclieu.core.quiz.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.hoclieu.core.quiz.model.AnswerKey;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.ClozeKey;
import vn.hoclieu.core.quiz.model.EssayKey;
import vn.hoclieu.core.quiz.model.MatchingKey;
import vn.hoclieu.core.quiz.model.MultipleResponseKey;
import vn.hoclieu.core.quiz.model.NumericKey;
import vn.hoclieu.core.quiz.model.OrderingKey;
import vn.hoclieu.core.quiz.model.Response;
import vn.hoclieu.core.quiz.model.ReviewPolicy;
import vn.hoclieu.core.quiz.model.ShortTextKey;
import vn.hoclieu.core.quiz.model.SingleChoiceKey;
import vn.hoclieu.core.quiz.model.TrueFalseKey;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored JSON forms of what a question and a quiz hold besides plain columns: answer keys
 * (tagged by question type; a cloze nests its gaps' keys), options, responses and review policies.
 * JSON-P, not JSON-B: the keys are a sealed hierarchy that a binder would need adapters for anyway,
 * and a stored form must not change when a record gains a component.
 */
public final class QuestionJson {

    /** A question's options: choices (left items of a matching), targets, the choices of each gap. */
    public record Options(List<Choice> choices, List<Choice> targets, List<List<Choice>> gapChoices) {
    }

    private QuestionJson() {
    }

    public static String key(AnswerKey key) {
        return keyJson(key).toString();
    }

    public static AnswerKey key(String json) {
        return key(parse(json));
    }

    public static JsonObject keyJson(AnswerKey key) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("type", key.type().name());
        switch (key) {
            case SingleChoiceKey k -> o.add("correct", k.correct());
            case MultipleResponseKey k -> o.add("correct", strings(k.correct().stream().sorted().toList())).add("partialCredit", k.partialCredit());
            case TrueFalseKey k -> o.add("correct", k.correct());
            case ShortTextKey k -> o.add("accepted", strings(k.accepted())).add("caseSensitive", k.caseSensitive())
                    .add("ignoreDiacritics", k.ignoreDiacritics());
            case NumericKey k -> o.add("value", k.value()).add("tolerance", k.tolerance());
            case MatchingKey k -> {
                JsonObjectBuilder pairs = Json.createObjectBuilder();
                k.pairs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> pairs.add(p.getKey(), p.getValue()));
                o.add("pairs", pairs);
            }
            case OrderingKey k -> o.add("order", strings(k.order())).add("partialCredit", k.partialCredit());
            case ClozeKey k -> {
                JsonArrayBuilder gaps = Json.createArrayBuilder();
                k.gaps().forEach(g -> gaps.add(keyJson(g)));
                o.add("gaps", gaps);
            }
            case EssayKey k -> o.add("graderGuidance", k.graderGuidance() == null ? "" : k.graderGuidance());
        }
        return o.build();
    }

    public static AnswerKey key(JsonObject o) {
        return switch (o.getString("type")) {
            case "SINGLE_CHOICE" -> new SingleChoiceKey(o.getString("correct"));
            case "MULTIPLE_RESPONSE" -> new MultipleResponseKey(new HashSet<>(strings(o.getJsonArray("correct"))), o.getBoolean("partialCredit"));
            case "TRUE_FALSE" -> new TrueFalseKey(o.getBoolean("correct"));
            case "SHORT_TEXT" -> new ShortTextKey(strings(o.getJsonArray("accepted")), o.getBoolean("caseSensitive"), o.getBoolean("ignoreDiacritics"));
            case "NUMERIC" -> new NumericKey(o.getJsonNumber("value").bigDecimalValue(), o.getJsonNumber("tolerance").bigDecimalValue());
            case "MATCHING" -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                o.getJsonObject("pairs").forEach((left, right) -> pairs.put(left, ((JsonString) right).getString()));
                yield new MatchingKey(pairs);
            }
            case "ORDERING" -> new OrderingKey(strings(o.getJsonArray("order")), o.getBoolean("partialCredit"));
            case "CLOZE" -> new ClozeKey(o.getJsonArray("gaps").getValuesAs(JsonObject.class).stream().map(QuestionJson::key).toList());
            case "ESSAY" -> new EssayKey(o.getString("graderGuidance", ""));
            default -> throw new IllegalArgumentException("unknown key type " + o.getString("type"));
        };
    }

    public static String options(Options options) {
        JsonArrayBuilder gaps = Json.createArrayBuilder();
        options.gapChoices().forEach(g -> gaps.add(choices(g)));
        return Json.createObjectBuilder().add("choices", choices(options.choices())).add("targets", choices(options.targets()))
                .add("gapChoices", gaps).build().toString();
    }

    public static Options options(String json) {
        JsonObject o = parse(json);
        return new Options(choices(o.getJsonArray("choices")), choices(o.getJsonArray("targets")),
                o.getJsonArray("gapChoices").getValuesAs(JsonArray.class).stream().map(QuestionJson::choices).toList());
    }

    public static String response(Response response) {
        return strings(response.values()).build().toString();
    }

    public static Response response(String json) {
        return new Response(strings(Json.createReader(new StringReader(json)).readArray()));
    }

    public static String reviewPolicy(ReviewPolicy policy) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (ReviewPolicy.Moment moment : ReviewPolicy.Moment.values()) {
            o.add(moment.name(), strings(policy.shown().getOrDefault(moment, Set.of()).stream().sorted().map(Enum::name).toList()));
        }
        return o.build().toString();
    }

    public static ReviewPolicy reviewPolicy(String json) {
        Map<ReviewPolicy.Moment, Set<ReviewPolicy.Part>> shown = new LinkedHashMap<>();
        parse(json).forEach((moment, parts) -> {
            Set<ReviewPolicy.Part> set = EnumSet.noneOf(ReviewPolicy.Part.class);
            strings(parts.asJsonArray()).forEach(p -> set.add(ReviewPolicy.Part.valueOf(p)));
            shown.put(ReviewPolicy.Moment.valueOf(moment), set);
        });
        return new ReviewPolicy(shown);
    }

    private static JsonArrayBuilder choices(List<Choice> choices) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        choices.forEach(c -> a.add(Json.createObjectBuilder().add("id", c.id()).add("html", c.html() == null ? "" : c.html())));
        return a;
    }

    private static List<Choice> choices(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(c -> new Choice(c.getString("id"), c.getString("html"))).toList();
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(v -> a.add(v == null ? "" : v));
        return a;
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString()).toList();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

}
