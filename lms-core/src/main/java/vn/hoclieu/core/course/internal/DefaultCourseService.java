package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.assignment.RichText;
import vn.hoclieu.core.course.CourseCard;
import vn.hoclieu.core.course.CourseDashboard;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseInput;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CoursePage;
import vn.hoclieu.core.course.CourseQuery;
import vn.hoclieu.core.course.CourseRating;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.core.course.EnrolledCourse;
import vn.hoclieu.core.course.ModuleInput;
import vn.hoclieu.core.course.Progress;
import vn.hoclieu.core.course.SyllabusChange;
import vn.hoclieu.core.course.UnitInput;
import vn.hoclieu.core.course.model.CompletionRule;
import vn.hoclieu.core.course.model.CourseEnrolment;
import vn.hoclieu.core.course.model.CourseModule;
import vn.hoclieu.core.course.model.CourseUnit;
import vn.hoclieu.core.course.model.OpenCourse;
import vn.hoclieu.core.course.model.UnitKind;
import vn.hoclieu.core.course.model.UnitState;
import vn.hoclieu.core.file.FileRules;
import vn.hoclieu.core.file.StoredFile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultCourseService implements CourseService {

    static final FileRules COVER = new FileRules(1L << 20, List.of("jpg", "jpeg", "png"));

    @Inject
    CourseRepository courses;

    @Inject
    CourseCarrier carrier;

    @Inject
    PublishedCarriers publishedCarriers;

    @Inject
    CourseReviewRepository reviews;

    @Inject
    CourseUnits units;

    @Inject
    CourseSyllabus syllabus;

    @Inject
    LearnerProgress progress;

    @Inject
    CourseStatistics statistics;

    @Inject
    AccountService accounts;

    @Override
    public CourseOutline create(Account author, CourseInput input) {
        if (!author.has(Role.TEACHER)) {
            throw CourseException.forbidden();
        }
        OpenCourse course = new OpenCourse(author.id());
        describe(course, input);
        courses.add(course);
        courses.addAuthor(course.id(), author.id(), 1);
        addCoAuthors(course, input);
        return outline(course, author);
    }

    @Override
    public CourseOutline describe(long courseId, Account author, CourseInput input) {
        OpenCourse course = authored(courseId, author);
        describe(course, input);
        addCoAuthors(course, input);
        return outline(course, author);
    }

    private void describe(OpenCourse course, CourseInput in) {
        long subject = courses.subjectId(in.subjectCode()).orElseThrow(() -> CourseException.invalid("unknown_subject"));
        Instant starts = in.startsOn() == null ? null : in.startsOn().atStartOfDay(VietnamTime.ZONE).toInstant();
        Instant ends = in.endsOn() == null ? null : endOf(in.endsOn());
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            throw CourseException.invalid("ends_before_start");
        }
        course.describe(in.title().strip(), RichText.sanitize(in.description() == null ? "" : in.description()), subject, in.level(),
                in.audience(), in.estimatedHours(), in.licence().name(), starts, ends,
                in.passPercent() == null ? CompletionRule.DEFAULT_PASS_PERCENT : in.passPercent());
    }

    /** The course runs until the end of its last day in Vietnam. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
    }

    private void addCoAuthors(OpenCourse course, CourseInput in) {
        if (in.coAuthors() == null) {
            return;
        }
        int position = courses.authors(course.id()).size();
        for (String username : in.coAuthors()) {
            Account coAuthor = accounts.findByUsername(username.strip()).filter(a -> a.has(Role.TEACHER))
                    .orElseThrow(() -> CourseException.invalid("unknown_author"));
            courses.addAuthor(course.id(), coAuthor.id(), ++position);
        }
    }

    @Override
    public CourseOutline addModule(long courseId, Account author, ModuleInput input) {
        OpenCourse course = lockedAuthored(courseId, author);
        courses.add(new CourseModule(courseId, courses.modules(courseId).size() + 1, input.title().strip()));
        return outline(course, author);
    }

    @Override
    public CourseOutline addUnit(long courseId, long moduleId, Account author, UnitInput input) {
        OpenCourse course = lockedAuthored(courseId, author);
        CourseModule module = courses.module(moduleId).filter(m -> m.courseId() == courseId).orElseThrow(CourseException::notFound);
        units.add(course, module, author, input);
        return outline(course, author);
    }

    @Override
    public CourseOutline changeSyllabus(long courseId, Account author, SyllabusChange change) {
        OpenCourse course = changeableSyllabus(courseId, author);
        syllabus.apply(courseId, change);
        return outline(course, author);
    }

    /** Locked and authored, and its syllabus open to change: never sent to review, a draft, or with changes requested. */
    private OpenCourse changeableSyllabus(long courseId, Account author) {
        OpenCourse course = lockedAuthored(courseId, author);
        String status = carrier.status(course, CourseCarrier.viewer(accounts.findById(course.creatorId()).orElseThrow()));
        if (status != null && !MaterialStatus.valueOf(status).isEditable()) {
            throw CourseException.conflict("syllabus_locked");
        }
        return course;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileRules coverRules(long courseId, Account author) {
        authored(courseId, author);
        return COVER;
    }

    @Override
    public CourseOutline cover(long courseId, Account author, StoredFile image) {
        OpenCourse course = lockedAuthored(courseId, author);
        course.cover(image);
        return outline(course, author);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredFile> cover(long courseId, Optional<Account> reader) {
        outline(courseId, reader); // the same visibility as the course itself
        return courses.course(courseId).flatMap(OpenCourse::cover);
    }

    @Override
    public CourseOutline submit(long courseId, Account author, String previewUrl, String note) {
        OpenCourse course = lockedAuthored(courseId, author);
        if (courses.units(courseId).isEmpty()) {
            throw CourseException.invalid("no_units");
        }
        Account creator = accounts.findById(course.creatorId()).orElseThrow();
        long id = carrier.submit(course, courses.subjectCode(course.subjectId()), syllabusTitles(courseId), CourseCarrier.viewer(creator), previewUrl, note);
        course.carriedBy(id);
        return outline(course, author);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseOutline> authored(Account author) {
        return courses.authoredIds(author.id()).stream().map(id -> outline(courses.course(id).orElseThrow(), author)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseOutline outline(long courseId, Optional<Account> reader) {
        OpenCourse course = courses.course(courseId).orElseThrow(CourseException::notFound);
        boolean published = isPublished(course);
        boolean privileged = reader.map(r -> courses.isAuthor(courseId, r.id()) || carrier.reviews(course, r)
                || courses.enrolment(courseId, r.id()).isPresent()).orElse(false);
        if (!published && !privileged) {
            throw CourseException.notFound();
        }
        return outline(course, published, reader.filter(r -> courses.isAuthor(courseId, r.id())).isPresent());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CoursePage catalogue(CourseQuery q) {
        Set<Long> published = publishedCarriers.ids();
        Long subject = subjectId(q);
        String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
        int size = Math.clamp(q.size(), 1, 50);
        int page = Math.max(q.page(), 0);
        List<OpenCourse> found = courses.matching(published, text, subject, q.level(), q.audience(), page * size, size);
        return new CoursePage(cards(found), courses.countMatching(published, text, subject, q.level(), q.audience()), page, size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CoursePage catalogueAmong(List<Long> rankedCarrierIds, CourseQuery q) {
        Set<Long> published = publishedCarriers.ids();
        List<Long> wanted = rankedCarrierIds.stream().filter(published::contains).distinct().toList();
        Map<Long, OpenCourse> byCarrier = courses.matching(wanted, null, subjectId(q), q.level(), q.audience(), 0, Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(OpenCourse::carrierMaterialId, c -> c));
        List<OpenCourse> ranked = wanted.stream().map(byCarrier::get).filter(Objects::nonNull).toList();
        int size = Math.clamp(q.size(), 1, 50);
        int page = Math.max(q.page(), 0);
        List<OpenCourse> shown = ranked.stream().skip((long) page * size).limit(size).toList();
        return new CoursePage(cards(shown), ranked.size(), page, size);
    }

    private Long subjectId(CourseQuery q) {
        return q.subjectCode() == null || q.subjectCode().isBlank() ? null
                : courses.subjectId(q.subjectCode()).orElseThrow(() -> CourseException.invalid("unknown_subject"));
    }

    private List<CourseCard> cards(List<OpenCourse> found) {
        Map<Long, CourseRating> ratings = reviews.ratings(found.stream().map(OpenCourse::id).toList());
        return found.stream().map(c -> card(c, ratings.getOrDefault(c.id(), CourseRating.NONE))).toList();
    }

    @Override
    public Progress enrol(long courseId, Account learner) {
        OpenCourse course = courses.course(courseId).filter(this::isPublished).orElseThrow(CourseException::notFound);
        if (course.endsAt() != null && !Instant.now().isBefore(course.endsAt())) {
            throw CourseException.conflict("course_ended");
        }
        return progress.enrol(course, learner);
    }

    @Override
    public void unenrol(long courseId, Account learner) {
        CourseEnrolment enrolment = courses.enrolment(courseId, learner.id()).filter(CourseEnrolment::active).orElseThrow(CourseException::notFound);
        enrolment.withdraw();
        courses.record(enrolment);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnrolledCourse> enrolments(Account learner) {
        return courses.enrolmentsOf(learner.id()).stream().map(e -> {
            OpenCourse course = courses.course(e.courseId()).orElseThrow();
            return new EnrolledCourse(course.id(), course.title(), e.status(), progress.of(e).percent());
        }).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(long courseId, Account learner) {
        return progress.of(enrolled(courseId, learner));
    }

    @Override
    public Progress view(long courseId, long unitId, Account learner) {
        return progress.reach(enrolled(courseId, learner), unit(courseId, unitId), UnitState.VIEWED);
    }

    @Override
    public Progress complete(long courseId, long unitId, Account learner) {
        CourseUnit unit = unit(courseId, unitId);
        if (unit.kind().graded()) {
            throw CourseException.invalid(unit.kind() == UnitKind.QUIZ ? "quiz_by_grade" : "assignment_by_grade");
        }
        return progress.reach(enrolled(courseId, learner), unit, UnitState.COMPLETED);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseDashboard dashboard(long courseId, Account author) {
        OpenCourse course = authored(courseId, author);
        return statistics.of(course, reviews.ratings(List.of(courseId)).getOrDefault(courseId, CourseRating.NONE), author);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isAuthor(long courseId, Account account) {
        return courses.isAuthor(courseId, account.id());
    }

    private List<String> syllabusTitles(long courseId) {
        List<String> titles = new ArrayList<>();
        List<CourseUnit> all = courses.units(courseId);
        for (CourseModule m : courses.modules(courseId)) {
            titles.add(m.title());
            all.stream().filter(u -> u.moduleId() == m.id()).map(CourseUnit::title).forEach(titles::add);
        }
        return titles;
    }

    private CourseEnrolment enrolled(long courseId, Account learner) {
        return courses.enrolment(courseId, learner.id()).filter(CourseEnrolment::active).orElseThrow(() -> CourseException.conflict("not_enrolled"));
    }

    private CourseUnit unit(long courseId, long unitId) {
        return courses.units(courseId).stream().filter(u -> u.id() == unitId).findFirst().orElseThrow(CourseException::notFound);
    }

    private boolean isPublished(OpenCourse course) {
        return publishedCarriers.contains(course.carrierMaterialId());
    }

    private OpenCourse authored(long courseId, Account author) {
        OpenCourse course = courses.course(courseId).orElseThrow(CourseException::notFound);
        if (!courses.isAuthor(courseId, author.id())) {
            throw CourseException.forbidden();
        }
        return course;
    }

    private OpenCourse lockedAuthored(long courseId, Account author) {
        authored(courseId, author);
        return courses.locked(courseId).orElseThrow(CourseException::notFound);
    }

    private CourseOutline outline(OpenCourse course, Account author) {
        return outline(course, isPublished(course), true);
    }

    private CourseOutline outline(OpenCourse course, boolean published, boolean forAuthor) {
        List<Long> authorIds = courses.authors(course.id());
        Map<Long, String> names = accounts.displayNames(authorIds);
        List<CourseUnit> all = courses.units(course.id());
        List<CourseOutline.Module> modules = new ArrayList<>();
        for (CourseModule m : courses.modules(course.id())) {
            modules.add(new CourseOutline.Module(m.id(), m.position(), m.title(), all.stream().filter(u -> u.moduleId() == m.id())
                    .map(u -> new CourseOutline.Unit(u.id(), u.position(), u.kind(), u.title(), u.minutes(), u.materialId(), u.pageHtml(), u.quizId(),
                            u.assignmentId()))
                    .toList()));
        }
        String status = forAuthor ? carrier.status(course, CourseCarrier.viewer(accounts.findById(course.creatorId()).orElseThrow())) : null;
        return new CourseOutline(course.id(), course.title(), course.description(), courses.subjectCode(course.subjectId()), course.level(),
                course.audience(), course.estimatedHours(), course.licence(), course.startsAt(), course.endsAt(), course.passPercent(),
                authorIds.stream().map(id -> new CourseOutline.Author(id, names.get(id))).toList(), course.carrierMaterialId(), status,
                published, course.cover().isPresent(), all.stream().mapToInt(CourseUnit::minutes).sum(), modules);
    }

    private CourseCard card(OpenCourse c, CourseRating rating) {
        List<Long> authorIds = courses.authors(c.id());
        String names = String.join(", ", authorIds.stream().map(accounts.displayNames(authorIds)::get).toList());
        String summary = RichText.plain(c.description());
        return new CourseCard(c.id(), c.title(), summary.length() > 300 ? summary.substring(0, 300) + "…" : summary,
                courses.subjectCode(c.subjectId()), c.level(), c.audience(), c.estimatedHours(), c.licence(), names, c.cover().isPresent(),
                rating.average(), rating.count(), c.carrierMaterialId());
    }

}
