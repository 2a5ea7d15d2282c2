package vn.hoclieu.core.quiz.internal;

import org.junit.jupiter.api.Test;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionJsonTest {

    @Test
    void everyKindOfKeyReadsBackEqualFromItsStoredForm() {
        List<AnswerKey> keys = List.of(new SingleChoiceKey("b"), new MultipleResponseKey(Set.of("a", "c"), true), new TrueFalseKey(false),
                new ShortTextKey(List.of("Hà Nội", "Thủ đô"), false, true), new NumericKey(new BigDecimal("3.5"), new BigDecimal("0.01")),
                new MatchingKey(Map.of("a", "x", "b", "y")), new OrderingKey(List.of("c", "a", "b"), false),
                new ClozeKey(List.of(new SingleChoiceKey("g1"), new ShortTextKey(List.of("mèo"), false, false), new NumericKey(BigDecimal.TEN, BigDecimal.ZERO))),
                new EssayKey("Chấm theo ý: mở bài, thân bài, kết bài"));
        for (AnswerKey key : keys) {
            assertThat(QuestionJson.key(QuestionJson.key(key))).as(key.type().name()).isEqualTo(key);
        }
    }

    @Test
    void aKeyOfAnUnknownTypeIsRefused() {
        assertThatThrownBy(() -> QuestionJson.key("{\"type\":\"HOTSPOT\"}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsKeepTheirOrderAndVietnameseText() {
        QuestionJson.Options options = new QuestionJson.Options(List.of(new Choice("a", "Quả <b>táo</b>"), new Choice("b", "Quả lê")),
                List.of(), List.of(List.of(new Choice("g1", "đỏ")), List.of()));
        assertThat(QuestionJson.options(QuestionJson.options(options))).isEqualTo(options);
    }

    @Test
    void aResponseKeepsEmptyValuesInPlace() {
        Response response = new Response(java.util.Arrays.asList("3,5", null, "mèo"));
        assertThat(QuestionJson.response(QuestionJson.response(response)).values()).containsExactly("3,5", "", "mèo");
    }

    @Test
    void aReviewPolicyReadsBackEqual() {
        assertThat(QuestionJson.reviewPolicy(QuestionJson.reviewPolicy(ReviewPolicy.defaults()))).isEqualTo(ReviewPolicy.defaults());
    }
}
