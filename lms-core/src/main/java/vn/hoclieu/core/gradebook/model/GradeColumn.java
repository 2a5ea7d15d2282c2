package vn.hoclieu.core.gradebook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.hoclieu.core.gradebook.ColumnKind;
import vn.hoclieu.core.gradebook.ColumnSource;
import vn.hoclieu.core.gradebook.Term;

import java.time.Instant;

/** A column of a class's gradebook for one subject and term: a paper test, or an assignment's or quiz's grades. */
@Entity
@Table(name = "core_grade_column")
public class GradeColumn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Term term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ColumnKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ColumnSource source;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GradeColumn() {
    }

    public GradeColumn(long classId, long subjectId, Term term, ColumnKind kind, ColumnSource source, Long sourceId,
                       String title, Long createdBy) {
        this.classId = classId;
        this.subjectId = subjectId;
        this.term = term;
        this.kind = kind;
        this.source = source;
        this.sourceId = sourceId;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** An assignment released again: its title, kind or term may have changed. */
    public void update(Term term, ColumnKind kind, String title) {
        this.term = term;
        this.kind = kind;
        this.title = title;
    }

    public Long id() { return id; }
    public long classId() { return classId; }
    public long subjectId() { return subjectId; }
    public Term term() { return term; }
    public ColumnKind kind() { return kind; }
    public ColumnSource source() { return source; }
    public Long sourceId() { return sourceId; }
    public String title() { return title; }
}
