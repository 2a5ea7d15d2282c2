package vn.hoclieu.core.quiz.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A question of the bank as stored: options and key as JSON ({@code internal.QuestionJson}),
 * versioned so that two edits from the same version cannot both win.
 */
@Entity
@Table(name = "core_question")
public class StoredQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private QuestionType type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private String stem;

    @Column(nullable = false)
    private String options;

    @Column(name = "answer_key", nullable = false)
    private String answerKey;

    @Column(nullable = false)
    private BigDecimal points;

    @Column(nullable = false)
    private int difficulty;

    @Column(nullable = false, length = 500)
    private String tags;

    @Column(name = "source_id", length = 200)
    private String sourceId;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredQuestion() {
    }

    public StoredQuestion(long categoryId, long ownerId, String sourceId) {
        this.categoryId = categoryId;
        this.ownerId = ownerId;
        this.sourceId = sourceId;
    }

    /** Writes the content (creating or editing). */
    public void write(QuestionType type, String title, String stem, String options, String answerKey, BigDecimal points,
                      int difficulty, String tags) {
        this.type = type;
        this.title = title;
        this.stem = stem;
        this.options = options;
        this.answerKey = answerKey;
        this.points = points;
        this.difficulty = difficulty;
        this.tags = tags;
        this.updatedAt = Instant.now();
    }

    public void moveTo(long categoryId) {
        this.categoryId = categoryId;
    }

    public Long id() { return id; }
    public long categoryId() { return categoryId; }
    public long ownerId() { return ownerId; }
    public QuestionType type() { return type; }
    public String title() { return title; }
    public String stem() { return stem; }
    public String options() { return options; }
    public String answerKey() { return answerKey; }
    public BigDecimal points() { return points; }
    public int difficulty() { return difficulty; }
    public String tags() { return tags; }
    public long version() { return version; }
}
