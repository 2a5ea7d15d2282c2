package vn.hoclieu.content.material.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.MaterialType;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A learning material as its author describes it. Author and school are lms-core ids. */
@Entity
@Table(name = "content_material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "subject_code", nullable = false, length = 40)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_type", nullable = false, length = 32)
    private MaterialType type;

    @Column(nullable = false, length = 16)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Licence licence;

    @Column(name = "curriculum_note", length = 1000)
    private String curriculumNote;

    @Column(name = "external_url", length = 2000)
    private String externalUrl;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "school_id")
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MaterialStatus status = MaterialStatus.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_material_grade", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "grade")
    private Set<Integer> grades = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_material_keyword", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "keyword", length = 100)
    private Set<String> keywords = new TreeSet<>();

    @Column(name = "published_version_id")
    private Long publishedVersionId;

    @Column(name = "retired_reason", length = 1000)
    private String retiredReason;

    @Version
    private long version;

    protected Material() {
    }

    public Material(long authorId, Long schoolId, MaterialDraft draft) {
        this.authorId = authorId;
        this.schoolId = schoolId;
        describe(draft);
    }

    /** Replaces the description; files and versions are untouched. */
    public final void describe(MaterialDraft draft) {
        title = draft.title().strip();
        description = blankToNull(draft.description());
        subjectCode = draft.subjectCode();
        type = draft.type();
        language = draft.language();
        licence = draft.licence();
        curriculumNote = blankToNull(draft.curriculumNote());
        externalUrl = blankToNull(draft.externalUrl());
        grades = new TreeSet<>(draft.grades());
        keywords = new TreeSet<>();
        if (draft.keywords() != null) {
            draft.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).forEach(keywords::add);
        }
    }

    /** The latest version's review state moved on: the material shows it (unless retired). */
    public void showState(MaterialStatus latestVersionState) {
        status = latestVersionState;
    }

    public void published(long versionId) {
        publishedVersionId = versionId;
        status = MaterialStatus.PUBLISHED;
    }

    public void retire(String reason) {
        status = MaterialStatus.RETIRED;
        retiredReason = reason;
    }

    /** Whether a version of it is public (published and not retired). */
    public boolean isPublished() {
        return status != MaterialStatus.RETIRED && publishedVersionId != null;
    }

    /** Whether anyone may see this version: it is the published one and the material is not retired. */
    public boolean isPublic(long versionId) {
        return isPublished() && publishedVersionId == versionId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public String subjectCode() { return subjectCode; }
    public MaterialType type() { return type; }
    public String language() { return language; }
    public Licence licence() { return licence; }
    public String curriculumNote() { return curriculumNote; }
    public String externalUrl() { return externalUrl; }
    public Long authorId() { return authorId; }
    public Long schoolId() { return schoolId; }
    public MaterialStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Set<Integer> grades() { return Set.copyOf(grades); }
    public Set<String> keywords() { return Set.copyOf(keywords); }
    public Long publishedVersionId() { return publishedVersionId; }
    public String retiredReason() { return retiredReason; }
}
