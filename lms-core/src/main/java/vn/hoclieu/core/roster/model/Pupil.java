package vn.hoclieu.core.roster.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a school records about a pupil beyond the account: birth date, gender and the ministry
 * pupil code (mã định danh). Personal data of a child: only what the roster needs.
 */
@Entity
@Table(name = "core_pupil")
public class Pupil {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Gender gender;

    @Column(name = "ministry_code", length = 20)
    private String ministryCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Pupil() {
    }

    public Pupil(Long accountId, LocalDate birthDate, Gender gender, String ministryCode) {
        this.accountId = accountId;
        this.birthDate = birthDate;
        this.gender = gender;
        this.ministryCode = ministryCode;
    }

    public Long accountId() { return accountId; }
    public LocalDate birthDate() { return birthDate; }
    public Gender gender() { return gender; }
    public String ministryCode() { return ministryCode; }
}
