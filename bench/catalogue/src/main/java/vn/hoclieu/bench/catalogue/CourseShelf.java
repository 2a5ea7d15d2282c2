package vn.hoclieu.bench.catalogue;

import vn.hoclieu.bench.common.Session;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open courses written and reviewed through the API as the demo people would: gv.lan authors
 * {@code count} courses of three modules (two readings and a one-question quiz each), submits them,
 * and the demo pool's two reviewers approve them, so the public catalogue has a realistic first page.
 */
final class CourseShelf {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> RUBRIC = List.of("SCIENTIFIC_ACCURACY", "CURRICULUM_FIT", "PEDAGOGY", "TECHNICAL_QUALITY",
            "COPYRIGHT", "LANGUAGE");
    private static final String[] AUDIENCES = {"PUPILS", "PUBLIC", "TEACHERS_PD"};

    record Course(long id, long firstUnit) {
    }

    private CourseShelf() {
    }

    static List<Course> publish(Session author, List<Session> reviewers, int count) throws Exception {
        long question = question(author);
        List<Course> courses = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            courses.add(course(author, i, question));
        }
        for (Course course : courses) {
            JsonNode submitted = ok(author.postJson("api/v1/courses/" + course.id() + "/submission", "{}"), 200);
            long carrier = submitted.get("carrierMaterialId").asLong();
            for (Session reviewer : reviewers) {
                approve(reviewer, carrier);
            }
        }
        return courses;
    }

    private static Course course(Session author, int i, long question) throws Exception {
        String description = "<p>Khoá học mở số %d: ôn tập <b>phép cộng, phép trừ</b> và giải toán có lời văn cho học sinh tiểu học, "
                .formatted(i) + "học theo nhịp của mình, có bài kiểm tra cuối mỗi chương.</p>";
        JsonNode created = ok(author.postJson("api/v1/courses", """
                {"title":"Toán vui mỗi ngày – khoá %d","description":"%s","subjectCode":"TOAN","level":"PRIMARY","audience":"%s",
                 "estimatedHours":%d.5,"licence":"CC_BY_SA"}""".formatted(i, description, AUDIENCES[i % AUDIENCES.length], 1 + i % 6)), 201);
        long id = created.get("id").asLong();
        long firstUnit = 0;
        for (int m = 1; m <= 3; m++) {
            JsonNode outline = ok(author.postJson("api/v1/courses/" + id + "/modules", "{\"title\":\"Chương %d\"}".formatted(m)), 201);
            long module = outline.get("modules").get(m - 1).get("id").asLong();
            String units = "api/v1/courses/" + id + "/modules/" + module + "/units";
            for (int u = 1; u <= 2; u++) {
                JsonNode withUnit = ok(author.postJson(units, """
                        {"kind":"PAGE","title":"Bài %d.%d","minutes":10,"html":"<p>Đọc kĩ ví dụ rồi tự làm: 27 + 15 = 42, vì 7 + 5 = 12, viết 2 nhớ 1.</p>"}"""
                        .formatted(m, u)), 201);
                if (firstUnit == 0) {
                    firstUnit = withUnit.get("modules").get(0).get("units").get(0).get("id").asLong();
                }
            }
            ok(author.postJson(units, """
                    {"kind":"QUIZ","title":"Kiểm tra chương %d","minutes":5,"quiz":{"title":"Kiểm tra chương %d – khoá %d","intro":"",
                     "subjectCode":"TOAN","attemptsAllowed":0,"slots":[{"questionId":%d,"points":1}]}}""".formatted(m, m, i, question)), 201);
        }
        return new Course(id, firstUnit);
    }

    private static long question(Session author) throws Exception {
        long category = ok(author.postJson("api/v1/question-categories",
                "{\"name\":\"Khoá học mở (đo tải)\",\"subjectCode\":\"TOAN\",\"grade\":3}"), 201).get("id").asLong();
        return ok(author.postJson("api/v1/questions", """
                {"categoryId":%d,"title":"Phép cộng có nhớ","type":"SINGLE_CHOICE","stem":"27 + 15 = ?",
                 "choices":[{"id":"a","html":"32"},{"id":"b","html":"42"},{"id":"c","html":"312"}],
                 "key":{"type":"SINGLE_CHOICE","correct":"b"},"points":1,"difficulty":2,"tags":[],"version":0}""".formatted(category)), 201)
                .get("id").asLong();
    }

    private static void approve(Session reviewer, long material) throws Exception {
        long task = -1;
        for (JsonNode t : JSON.readTree(reviewer.get("api/v1/reviews/tasks").body())) {
            if (t.get("materialId").asLong() == material) {
                task = t.get("id").asLong();
            }
        }
        if (task < 0) {
            throw new IllegalStateException("no review task for the carrier material " + material);
        }
        ok(reviewer.postJson("api/v1/reviews/tasks/" + task + "/claim", "{}"), 200);
        String scores = RUBRIC.stream().map(c -> "{\"criterion\":\"%s\",\"score\":5,\"comment\":\"Ổn\"}".formatted(c))
                .collect(Collectors.joining(","));
        ok(reviewer.postJson("api/v1/reviews/tasks/" + task + "/decision", "{\"decision\":\"APPROVE\",\"comment\":null,\"scores\":[" + scores + "]}"), 200);
    }

    private static JsonNode ok(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
