package vn.hoclieu.core.quiz.internal;

import org.jsoup.Jsoup;
import vn.hoclieu.core.quiz.model.Choice;

import java.util.HashMap;
import java.util.Map;

/**
 * What a stored answer value looked like to pupils, for teachers' statistics: an option id becomes
 * the option's text (markup stripped, shortened), a matching pair "a=1" both sides' texts, and a
 * typed answer stays as typed (shortened).
 */
final class AnswerLabels {

    /** Long enough to tell options apart, short enough for a table cell. */
    static final int MAX_LENGTH = 60;

    private final Map<String, String> choices = new HashMap<>();
    private final Map<String, String> targets = new HashMap<>();

    AnswerLabels(QuestionJson.Options options) {
        options.choices().forEach(c -> choices.put(c.id(), plain(c)));
        options.targets().forEach(c -> targets.put(c.id(), plain(c)));
        options.gapChoices().forEach(gap -> gap.forEach(c -> choices.putIfAbsent(c.id(), plain(c))));
    }

    String label(String value) {
        String choice = choices.get(value);
        if (choice != null) {
            return choice;
        }
        int eq = value.indexOf('=');
        if (eq > 0 && choices.containsKey(value.substring(0, eq))) {
            String target = value.substring(eq + 1);
            return choices.get(value.substring(0, eq)) + " → " + targets.getOrDefault(target, shortened(target));
        }
        return shortened(value);
    }

    private static String plain(Choice choice) {
        return shortened(choice.html() == null ? "" : Jsoup.parse(choice.html()).text());
    }

    static String shortened(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_LENGTH ? flat : flat.substring(0, MAX_LENGTH - 1).strip() + "…";
    }
}
