package vn.hoclieu.core.account.model;

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
import vn.hoclieu.core.account.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who can sign in. The school is held by id: schools are another aggregate. */
@Entity
@Table(name = "core_user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 160)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(nullable = false, length = 8)
    private String locale = "vi";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Set for first passwords that someone else saw (rosters, resets); not yet enforced at sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "core_user_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Long schoolId) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.schoolId = schoolId;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void signedInAt(Instant when) {
        lastLoginAt = when;
    }

    /** A first password someone else issued (roster import, reset): its owner should replace it. */
    public void issueFirstPassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        mustChangePassword = true;
    }

    /** A password its owner chose: no longer one someone else knows. */
    public void choosePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        mustChangePassword = false;
    }

    public void preferLocale(String languageTag) {
        locale = languageTag;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String passwordHash() { return passwordHash; }
    public String displayName() { return displayName; }
    public String email() { return email; }
    public Long schoolId() { return schoolId; }
    public String locale() { return locale; }
    public boolean enabled() { return enabled; }
    public Instant lastLoginAt() { return lastLoginAt; }
    public boolean mustChangePassword() { return mustChangePassword; }
    public Set<Role> roles() { return Set.copyOf(roles); }
}
