package vn.hoclieu.bench.quiz;

import vn.hoclieu.bench.common.Session;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The teacher's category of 20 questions for the bench quiz — 10 single choice, 5 true/false,
 * 5 numeric, one point each — and, per question title, a right and a wrong response, so a pupil's
 * expected score is known before the server grades it.
 */
final class QuizBank {

    static final int QUESTIONS = 20;

    record Answers(String right, String wrong) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Answers> byTitle = new LinkedHashMap<>();
    private final List<Long> questionIds = new ArrayList<>();
    private final long categoryId;

    private QuizBank(long categoryId) {
        this.categoryId = categoryId;
    }

    static QuizBank create(Session teacher) throws Exception {
        QuizBank bank = new QuizBank(id(teacher.postJson("api/v1/question-categories",
                "{\"name\":\"Đo tải: số học lớp 6\",\"subjectCode\":\"TOAN\",\"grade\":6}")));
        for (int i = 1; i <= QUESTIONS; i++) {
            bank.add(teacher, i);
        }
        return bank;
    }

    List<Long> questionIds() {
        return questionIds;
    }

    Answers answers(String title) {
        return byTitle.get(title);
    }

    private void add(Session teacher, int i) throws Exception {
        String title = "Câu %02d".formatted(i);
        int a = 10 + i;
        int b = 3 * i;
        String body;
        if (i <= 10) {
            body = question(title, "SINGLE_CHOICE", "<p>%d + %d = ?</p>".formatted(a, b),
                    "[{\"id\":\"a\",\"html\":\"%d\"},{\"id\":\"b\",\"html\":\"%d\"},{\"id\":\"c\",\"html\":\"%d\"},{\"id\":\"d\",\"html\":\"%d\"}]"
                            .formatted(a + b - 1, a + b, a + b + 1, a + b + 10),
                    "{\"type\":\"SINGLE_CHOICE\",\"correct\":\"b\"}");
            byTitle.put(title, new Answers("b", "c"));
        } else if (i <= 15) {
            boolean truth = i % 2 == 0;
            body = question(title, "TRUE_FALSE", "<p>%d × %d = %d</p>".formatted(a, 2, truth ? 2 * a : 2 * a + 1), "[]",
                    "{\"type\":\"TRUE_FALSE\",\"correct\":" + truth + "}");
            byTitle.put(title, new Answers(Boolean.toString(truth), Boolean.toString(!truth)));
        } else {
            body = question(title, "NUMERIC", "<p>%d : 4 = ?</p>".formatted(a), "[]",
                    "{\"type\":\"NUMERIC\",\"value\":%s,\"tolerance\":0}".formatted(a / 4.0));
            // pupils type the Vietnamese decimal comma
            byTitle.put(title, new Answers(Double.toString(a / 4.0).replace('.', ','), Integer.toString(a)));
        }
        questionIds.add(id(teacher.postJson("api/v1/questions", body)));
    }

    private String question(String title, String type, String stem, String choices, String key) {
        return """
                {"categoryId":%d,"title":"%s","type":"%s","stem":"%s","choices":%s,"key":%s,"points":1,"difficulty":2,"tags":["đo tải"],"version":0}"""
                .formatted(categoryId, title, type, stem, choices, key);
    }

    static long id(HttpResponse<String> created) {
        if (created.statusCode() != 201) {
            throw new IllegalStateException(created.uri() + ": " + created.statusCode() + " " + created.body());
        }
        return JSON.readTree(created.body()).get("id").asLong();
    }
}
