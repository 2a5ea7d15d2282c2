package vn.hoclieu.core.quiz.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plain description a question set carries into review: how many questions of each type, how
 * hard, which tags. It is content stored with the carrier's version (in the district's language,
 * like a teacher's own description of a material), not a page string, so it is written here.
 */
public final class SetSummary {

    /** What the summary reads of a question. */
    public record Item(QuestionType type, int difficulty, List<String> tags) {
    }

    private static final Map<QuestionType, String> TYPE_NAMES = new EnumMap<>(Map.of(
            QuestionType.SINGLE_CHOICE, "một lựa chọn", QuestionType.MULTIPLE_RESPONSE, "nhiều lựa chọn",
            QuestionType.TRUE_FALSE, "đúng/sai", QuestionType.SHORT_TEXT, "trả lời ngắn", QuestionType.NUMERIC, "số",
            QuestionType.MATCHING, "ghép nối", QuestionType.ORDERING, "sắp xếp", QuestionType.CLOZE, "điền vào chỗ trống",
            QuestionType.ESSAY, "tự luận"));

    private SetSummary() {
    }

    /** E.g. "3 câu hỏi: 2 một lựa chọn, 1 số. Độ khó (1–5): mức 2: 2 câu, mức 4: 1 câu. Thẻ: lớp 4, phân số." */
    public static String of(List<Item> items) {
        Map<QuestionType, Integer> perType = new EnumMap<>(QuestionType.class);
        Map<Integer, Integer> perDifficulty = new TreeMap<>();
        TreeSet<String> tags = new TreeSet<>();
        for (Item item : items) {
            perType.merge(item.type(), 1, Integer::sum);
            perDifficulty.merge(item.difficulty(), 1, Integer::sum);
            tags.addAll(item.tags());
        }
        StringBuilder text = new StringBuilder().append(items.size()).append(" câu hỏi");
        text.append(perType.isEmpty() ? "." : ": " + String.join(", ", perType.entrySet().stream()
                .map(e -> e.getValue() + " " + TYPE_NAMES.get(e.getKey())).toList()) + ".");
        if (!perDifficulty.isEmpty()) {
            text.append(" Độ khó (1–5): ").append(String.join(", ", perDifficulty.entrySet().stream()
                    .map(e -> "mức " + e.getKey() + ": " + e.getValue() + " câu").toList())).append('.');
        }
        if (!tags.isEmpty()) {
            text.append(" Thẻ: ").append(String.join(", ", tags)).append('.');
        }
        return text.toString();
    }
}
