package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question as the bank keeps it: the stem (HTML; a cloze's gaps, and the box of a short-text or
 * numeric question written inside the text, appear as {@code [[gap:N]]}), its options — for
 * matching, {@code choices} on the left and {@code targets} on the right; for a cloze, the options
 * of each inline-choice gap (empty for a typed gap) — the answer key and the points.
 * {@code assets} are the files the stem and options refer to (images, audio), relative to the item.
 * {@code difficulty} (1–5) and {@code tags} are the bank's; an item from elsewhere gets
 * {@link #UNRATED} and the tag {@link #IMPORTED_TAG}.
 */
public record Question(String sourceId, String title, QuestionType type, String stem, List<Choice> choices,
                       List<Choice> targets, List<List<Choice>> gapChoices, AnswerKey key, BigDecimal points,
                       List<String> assets, int difficulty, List<String> tags) {

    public static final String GAP = "[[gap:%d]]";
    public static final int UNRATED = 3;
    public static final String IMPORTED_TAG = "qti";

    public Question {
        if (key.type() != type) {
            throw new IllegalArgumentException("a " + type + " question with a " + key.type() + " key");
        }
        choices = List.copyOf(choices);
        targets = List.copyOf(targets);
        gapChoices = gapChoices.stream().map(List::copyOf).toList();
        assets = List.copyOf(assets);
        tags = List.copyOf(tags);
    }

    /** The same question under another identifier (two items of a package with the same one). */
    public Question withSourceId(String id) {
        return new Question(id, title, type, stem, choices, targets, gapChoices, key, points, assets, difficulty, tags);
    }
}
