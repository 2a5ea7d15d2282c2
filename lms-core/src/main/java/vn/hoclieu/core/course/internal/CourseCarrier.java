package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.catalogue.CataloguePage;
import vn.hoclieu.content.catalogue.CatalogueQuery;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.assignment.RichText;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.model.OpenCourse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A course goes through review as a carrier material of type OPEN_COURSE: its description, and a
 * link to the course's preview for reviewers. The course is public while the carrier has a
 * published version (and is not retired). The carrier's author is the course's creator.
 */
@ApplicationScoped
class CourseCarrier {

    private static final int DESCRIPTION_MAX = 10_000;

    @Inject
    MaterialService materials;

    @Inject
    ReviewService reviews;

    @Inject
    CatalogueService catalogue;

    /**
     * Describes the carrier (new at the first submission, a new version after a finished review) and submits it.
     * The syllabus's titles follow the description, so that search finds the course by a module's or unit's title.
     */
    long submit(OpenCourse course, String subjectCode, List<String> syllabus, Viewer creator, String previewUrl, String note) {
        MaterialDraft draft = new MaterialDraft(course.title(), description(course, syllabus), subjectCode, course.level().grades(), MaterialType.OPEN_COURSE,
                "vi", Licence.valueOf(course.licence()), Set.of("khoá học mở"), null, previewUrl);
        long id;
        if (course.carrierMaterialId() == null) {
            id = materials.contribute(creator.id(), creator.schoolId(), draft).id();
        } else {
            id = course.carrierMaterialId();
            MaterialStatus status = materials.get(id, creator).status();
            if (status.allowsNewVersion()) {
                materials.newVersion(id, creator.id(), note);
            } else if (!status.isEditable()) {
                throw CourseException.conflict("in_review");
            }
            materials.describe(id, creator.id(), draft);
        }
        reviews.submit(id, creator, note);
        return id;
    }

    /** The carrier's review status as its author sees it; null before the first submission. */
    String status(OpenCourse course, Viewer creator) {
        return course.carrierMaterialId() == null ? null : materials.get(course.carrierMaterialId(), creator).status().name();
    }

    boolean reviews(OpenCourse course, Account reader) {
        return course.carrierMaterialId() != null && materials.seesEveryVersion(course.carrierMaterialId(), viewer(reader));
    }

    /** Every published carrier's material id, read from the content catalogue (callers use {@link PublishedCarriers}, which keeps them). */
    Set<Long> published() {
        Set<Long> published = new LinkedHashSet<>();
        for (int page = 0; ; page++) {
            CataloguePage found = catalogue.published(new CatalogueQuery(null, null, MaterialType.OPEN_COURSE, null, page, 100));
            found.entries().forEach(e -> published.add(e.materialId()));
            if (found.entries().isEmpty() || published.size() >= found.total()) {
                return published;
            }
        }
    }

    static Viewer viewer(Account a) {
        return new Viewer(a.id(), a.schoolId(), a.has(Role.REVIEWER), a.has(Role.SCHOOL_ADMIN), a.has(Role.DISTRICT_ADMIN));
    }

    private static String description(OpenCourse course, List<String> syllabus) {
        String plain = (RichText.plain(course.description()) + "\n\n" + String.join("\n", syllabus)).strip();
        return plain.length() > DESCRIPTION_MAX ? plain.substring(0, DESCRIPTION_MAX) : plain;
    }
}
