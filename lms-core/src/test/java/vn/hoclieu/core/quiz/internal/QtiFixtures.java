package vn.hoclieu.core.quiz.internal;

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
import vn.hoclieu.core.quiz.model.Response;
import vn.hoclieu.core.quiz.model.ShortTextKey;
import vn.hoclieu.core.quiz.model.SingleChoiceKey;
import vn.hoclieu.core.quiz.model.TrueFalseKey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bank questions of every type as a teacher stores them (stems sanitized), and answers to score them with. */
final class QtiFixtures {

    private static final String MATH = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><msup><mi>x</mi><mn>2</mn></msup></math>";

    private QtiFixtures() {
    }

    static List<Question> of(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> List.of(question(type, "<p>Thủ đô của <strong>Việt Nam</strong> là thành phố nào?</p>",
                    choices("a", "<p>Huế</p>", "b", "<p>Hà Nội</p>", "c", "<p>Đà Nẵng &amp; Hội An</p>"), List.of(), List.of(),
                    new SingleChoiceKey("b")));
            case MULTIPLE_RESPONSE -> List.of(
                    question(type, "<p>Số nào là số chẵn?</p><ul><li>Chọn <em>tất cả</em></li></ul>",
                            choices("a", "2", "b", "3", "c", "10", "d", "15"), List.of(), List.of(), new MultipleResponseKey(Set.of("a", "c"), true)),
                    question(type, "<p>Loài nào là chim?</p>", choices("a", "Sẻ", "b", "Mèo", "c", "Cò"), List.of(), List.of(),
                            new MultipleResponseKey(Set.of("a", "c"), false)));
            case TRUE_FALSE -> List.of(question(type, "<p>Với mọi số thực x, " + MATH + " &lt; 0.</p>", List.of(), List.of(), List.of(),
                    new TrueFalseKey(false)));
            case SHORT_TEXT -> List.of(
                    question(type, "<p>Thủ đô của Việt Nam là [[gap:0]].</p>", List.of(), List.of(), List.of(),
                            new ShortTextKey(List.of("Hà Nội", "hà nội", "Thăng Long"), false, true)),
                    question(type, "<p>Viết tên nguyên tố có kí hiệu <sub>Fe</sub>.</p>", List.of(), List.of(), List.of(),
                            new ShortTextKey(List.of("Sắt"), true, false)));
            case NUMERIC -> List.of(
                    question(type, "<p>3,5 + 1,25 = ?</p>", List.of(), List.of(), List.of(), new NumericKey(new BigDecimal("4.75"), new BigDecimal("0.01"))),
                    question(type, "<p>Nhiệt độ đóng băng của nước là [[gap:1]] °C.</p>", List.of(), List.of(), List.of(),
                            new NumericKey(new BigDecimal("-0.0"), BigDecimal.ZERO)));
            case MATCHING -> List.of(question(type, "<p>Nối con vật với tiếng kêu.</p>",
                    choices("a", "Mèo", "b", "Chó", "c", "Gà"), choices("x", "gâu gâu", "y", "meo meo", "z", "ò ó o", "w", "ủn ỉn"), List.of(),
                    new MatchingKey(Map.of("a", "y", "b", "x", "c", "z"))));
            case ORDERING -> List.of(
                    question(type, "<p>Xếp các số theo thứ tự tăng dần.</p>", choices("a", "12", "b", "3", "c", "7"), List.of(), List.of(),
                            new OrderingKey(List.of("b", "c", "a"), true)),
                    question(type, "<p>Xếp các bước.</p>", choices("p", "<p>Đun sôi</p>", "q", "<p>Rót nước</p>"), List.of(), List.of(),
                            new OrderingKey(List.of("q", "p"), false)));
            case CLOZE -> List.of(
                    question(type, "<p>Con [[gap:1]] kêu meo meo, con [[gap:2]] sủa; 2 + [[gap:3]] = 5.</p>", List.of(), List.of(),
                            List.of(choices("m", "mèo", "c", "chó"), List.of(), List.of()),
                            new ClozeKey(List.of(new SingleChoiceKey("m"), new ShortTextKey(List.of("chó", "cún"), false, true),
                                    new NumericKey(new BigDecimal("3"), BigDecimal.ZERO)))),
                    question(type, "<p>Một ô: [[gap:0]]</p>", List.of(), List.of(), List.of(List.of()),
                            new ClozeKey(List.of(new ShortTextKey(List.of("một"), false, false)))));
            case ESSAY -> List.of(question(type, "<p>Tả lại ngôi trường của em.</p><table><tbody><tr><td colspan=\"2\">Dàn ý</td></tr></tbody></table>"
                            + "<p><img src=\"/files/7/ORIGINAL\" alt=\"Trường\" width=\"120\"></p>", List.of(), List.of(), List.of(),
                    new EssayKey("Mở bài 2 điểm; thân bài 6 điểm; kết bài 2 điểm.")));
        };
    }

    /** Answers right, partly right, wrong and empty for the question. */
    static List<Response> responses(Question q) {
        return switch (q.key()) {
            case SingleChoiceKey k -> List.of(Response.of("b"), Response.of("a"), Response.of());
            case MultipleResponseKey k -> List.of(Response.of("a", "c"), Response.of("a"), Response.of("a", "b"), Response.of("a", "b", "c", "d"));
            case TrueFalseKey k -> List.of(Response.of("false"), Response.of("true"));
            case ShortTextKey k -> List.of(Response.of("Ha Noi"), Response.of("hà nội"), Response.of("sắt"), Response.of("Sắt"), Response.of("Huế"));
            case NumericKey k -> List.of(Response.of("4,76"), Response.of("4.7"), Response.of("0"), Response.of("abc"));
            case MatchingKey k -> List.of(Response.of("a=y", "b=x", "c=z"), Response.of("a=y", "b=z"), Response.of("a=y", "a=x"));
            case OrderingKey k -> List.of(Response.of("b", "c", "a"), Response.of("b", "a", "c"), Response.of("q", "p"), Response.of("p", "q"));
            case ClozeKey k -> List.of(Response.of("m", "cun", "3"), Response.of("c", "chó", "3,0"), Response.of("mot"), Response.of("một"));
            case EssayKey k -> List.of(Response.of("Trường em rất đẹp."), Response.of());
            default -> List.<Response>of();
        };
    }

    private static Question question(QuestionType type, String stem, List<Choice> choices, List<Choice> targets,
                                     List<List<Choice>> gapChoices, AnswerKey key) {
        return new Question("q" + (100 + type.ordinal()), "Câu hỏi " + type.name().toLowerCase() + " — lớp 4", type,
                QuestionText.sanitize(stem), QuestionText.sanitize(choices), QuestionText.sanitize(targets),
                gapChoices.stream().map(QuestionText::sanitize).toList(), key, new BigDecimal("2.5"), List.of(),
                2 + type.ordinal() % 4, List.of("lớp 4", "học kì " + (type.ordinal() % 2 + 1)));
    }

    private static List<Choice> choices(String... idsAndHtml) {
        List<Choice> choices = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < idsAndHtml.length; i += 2) {
            choices.add(new Choice(idsAndHtml[i], idsAndHtml[i + 1]));
        }
        return choices;
    }
}
