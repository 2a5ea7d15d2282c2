package vn.hoclieu.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.review.CriterionScoreInput;
import vn.hoclieu.content.review.ReviewDecision;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.content.review.ReviewVerdict;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.course.CourseInput;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.core.course.ModuleInput;
import vn.hoclieu.core.course.UnitInput;
import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseLevel;
import vn.hoclieu.core.course.model.UnitKind;
import vn.hoclieu.core.quiz.CategoryInput;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.quiz.QuestionInput;
import vn.hoclieu.core.quiz.QuizInput;
import vn.hoclieu.core.quiz.SlotInput;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One open course of gv.lan in the demo district's catalogue, so that a newcomer finds a course to
 * take at once: two modules with a reading page, a published material (a simulation, a link that
 * needs no uploaded file) and a one-question quiz. The material and the course go through review
 * the ordinary way, approved by the demo pool's td.thu and td.hoa, in one transaction: all or nothing.
 * (Review lives in content-repo and courses in lms-core: the web tier joins them, as for the pools.)
 */
@ApplicationScoped
public class DemoOpenCourse {

    public static final String TITLE = "Em vui học Toán lớp 3: phép nhân";
    static final String AUTHOR = "gv.lan";
    static final List<String> REVIEWERS = List.of("td.thu", "td.hoa");

    @Inject
    AccountService accounts;

    @Inject
    MaterialService materials;

    @Inject
    ReviewService review;

    @Inject
    CourseService courses;

    @Inject
    QuestionBankService questions;

    @Inject
    @ConfigProperty(name = "hoclieu.public-url", defaultValue = "http://127.0.0.1:8080/")
    String publicUrl;

    /** Seeds the course unless gv.lan is gone or already authors a course of this title; answers whether it seeded. */
    @Transactional
    public boolean seedIfAbsent() {
        Account lan = accounts.findByUsername(AUTHOR).orElse(null);
        if (lan == null || courses.authored(lan).stream().anyMatch(c -> c.title().equals(TITLE))) {
            return false;
        }
        long material = approved(materials.contribute(lan.id(), lan.schoolId(), simulation()).id(), lan);
        CourseOutline course = courses.create(lan, new CourseInput(TITLE,
                "<p>Khoá học ngắn giúp các em lớp 3 hiểu phép nhân qua hình chữ nhật và luyện bảng nhân. Học theo nhịp của mình, "
                        + "làm bài kiểm tra cuối khoá để nhận giấy chứng nhận.</p>",
                "TOAN", CourseLevel.PRIMARY, Audience.PUPILS, new BigDecimal("1.5"), Licence.CC_BY_SA, null, null, null, null));
        long id = course.id();
        long first = lastModule(courses.addModule(id, lan, new ModuleInput("Chương 1: Phép nhân là gì?")));
        courses.addUnit(id, first, lan, new UnitInput(UnitKind.PAGE, "Phép nhân là phép cộng các số bằng nhau", 10,
                null, "<p><b>3 × 4</b> nghĩa là 4 + 4 + 4: ba nhóm, mỗi nhóm 4.</p><p>Thử đếm các ô của một hình chữ nhật 3 hàng, 4 cột.</p>",
                null, null));
        courses.addUnit(id, first, lan, new UnitInput(UnitKind.MATERIAL, "Mô phỏng: nhân bằng hình chữ nhật", 20, material, null, null, null));
        long second = lastModule(courses.addModule(id, lan, new ModuleInput("Chương 2: Luyện tập")));
        courses.addUnit(id, second, lan, new UnitInput(UnitKind.QUIZ, "Kiểm tra cuối khoá", 10, null, null, quiz(lan), null));
        CourseOutline submitted = courses.submit(id, lan, publicUrl.replaceFirst("/?$", "/") + "course.xhtml?id=" + id,
                "Khoá học mẫu của trường mẫu");
        approve(submitted.carrierMaterialId());
        return true;
    }

    private static MaterialDraft simulation() {
        return new MaterialDraft("Mô phỏng phép nhân bằng mô hình diện tích",
                "Kéo các cạnh của hình chữ nhật để thấy tích của hai số là số ô vuông bên trong.", "TOAN", Set.of(3),
                MaterialType.VIRTUAL_LAB, "vi", Licence.CC_BY, Set.of("phép nhân", "mô phỏng"), "Toán 3: phép nhân trong bảng",
                "https://phet.colorado.edu/vi/simulations/area-model-multiplication");
    }

    private long approved(long materialId, Account author) {
        review.submit(materialId, new Viewer(author.id(), author.schoolId(), false, false, false), "Học liệu mẫu");
        approve(materialId);
        return materialId;
    }

    /** Each demo reviewer claims the material's seat in their queue and approves it. */
    private void approve(long materialId) {
        List<CriterionScoreInput> scores = review.rubric().stream().filter(RubricCriterion::active)
                .map(c -> new CriterionScoreInput(c.code(), 5, null)).toList();
        for (String username : REVIEWERS) {
            Account a = accounts.findByUsername(username).orElseThrow();
            Viewer reviewer = new Viewer(a.id(), a.schoolId(), a.has(Role.REVIEWER), a.has(Role.SCHOOL_ADMIN), a.has(Role.DISTRICT_ADMIN));
            long task = review.queue(reviewer).stream().filter(t -> t.materialId() == materialId).findFirst().orElseThrow().id();
            review.claim(task, reviewer);
            review.decide(task, reviewer, new ReviewVerdict(ReviewDecision.APPROVE, "Phù hợp chương trình lớp 3.", scores));
        }
    }

    private QuizInput quiz(Account lan) {
        long category = questions.createCategory(lan, new CategoryInput("Khoá học mẫu: phép nhân", "TOAN", 3)).id();
        long question = questions.create(lan, new QuestionInput(category, "Bảng nhân 3", QuestionType.SINGLE_CHOICE, "<p>3 × 4 = ?</p>",
                List.of(new Choice("a", "7"), new Choice("b", "12"), new Choice("c", "34")), null, null,
                Json.createObjectBuilder().add("type", "SINGLE_CHOICE").add("correct", "b").build(),
                BigDecimal.ONE, 1, List.of("bảng nhân"), 0)).id();
        return new QuizInput("Kiểm tra: phép nhân lớp 3", "", "TOAN", null, null, null, 0, null, false, false, Map.of(),
                List.of(new SlotInput(question, null, null, BigDecimal.ONE)), true);
    }

    private static long lastModule(CourseOutline outline) {
        return outline.modules().getLast().id();
    }
}
