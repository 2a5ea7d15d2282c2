package vn.hoclieu.core.roster.internal;

import vn.hoclieu.core.VietnamTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.account.internal.AccountRepository;
import vn.hoclieu.core.account.internal.PasswordHashing;
import vn.hoclieu.core.account.model.UserAccount;
import vn.hoclieu.core.roster.LoginCard;
import vn.hoclieu.core.roster.LoginCardLabels;
import vn.hoclieu.core.roster.PupilNotFoundException;
import vn.hoclieu.core.roster.RosterAccessDeniedException;
import vn.hoclieu.core.roster.RosterFile;
import vn.hoclieu.core.roster.RosterImport;
import vn.hoclieu.core.roster.RosterPreview;
import vn.hoclieu.core.roster.RosterRejectedException;
import vn.hoclieu.core.roster.RosterService;
import vn.hoclieu.core.school.internal.SchoolRepository;
import vn.hoclieu.core.school.model.SchoolClass;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Preview reads in no transaction of its own; an import hashes the first passwords first (PBKDF2
 * with 210,000 iterations costs a few hundred milliseconds each, so not inside the transaction
 * and on every core), then {@link RosterWriter} writes everything in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultRosterService implements RosterService {

    static final ZoneId VIETNAM = VietnamTime.ZONE;

    @Inject
    RosterRepository roster;

    @Inject
    RosterWriter writer;

    @Inject
    AccountRepository accounts;

    @Inject
    SchoolRepository schools;

    @Inject
    PasswordHashing passwords;

    Clock clock = Clock.system(VIETNAM);

    @Override
    public RosterPreview preview(Account admin, long schoolId, RosterFile file) {
        requireAdminOf(admin, schoolId);
        RawRoster raw = RosterReader.read(file);
        if (raw.fileProblem() != null) {
            return new RosterPreview(List.of(raw.fileProblem()), List.of());
        }
        Set<String> taken = roster.usernamesStartingWith(UsernameGenerator.PREFIX);
        return RosterChecker.check(raw, contextOf(roster, schoolId, raw), today(), taken::contains);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RosterImport importRoster(Account admin, long schoolId, RosterFile file) {
        RosterPreview preview = preview(admin, schoolId, file);
        if (!preview.importable()) {
            throw new RosterRejectedException(preview);
        }
        List<String> firstPasswords = preview.rows().stream().map(r -> FirstPasswords.next()).toList();
        List<String> hashes = firstPasswords.parallelStream().map(passwords::hash).toList();
        List<RosterWriter.Written> written = writer.write(schoolId, RosterReader.read(file), today(), hashes);
        String schoolName = schools.nameOf(schoolId).orElse("");
        List<LoginCard> cards = new java.util.ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            RosterWriter.Written w = written.get(i);
            cards.add(new LoginCard(w.accountId(), w.row().name(), w.row().className(), schoolName, w.row().username(), firstPasswords.get(i)));
        }
        return new RosterImport(schoolId, List.copyOf(cards));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public LoginCard resetPassword(Account actor, long pupilId) {
        UserAccount pupil = accounts.findById(pupilId).filter(a -> a.roles().contains(Role.STUDENT))
                .orElseThrow(() -> new PupilNotFoundException(pupilId));
        SchoolClass schoolClass = schools.currentClassOf(pupilId).orElse(null);
        boolean schoolAdmin = actor.has(Role.SCHOOL_ADMIN) && actor.schoolId() != null && actor.schoolId().equals(pupil.schoolId());
        boolean teacher = actor.has(Role.TEACHER) && schoolClass != null && schools.teaches(actor.id(), schoolClass.id());
        if (!schoolAdmin && !teacher) {
            throw new RosterAccessDeniedException("account " + actor.id() + " may not reset the password of pupil " + pupilId);
        }
        String password = FirstPasswords.next();
        pupil.issueFirstPassword(passwords.hash(password));
        String schoolName = pupil.schoolId() == null ? "" : schools.nameOf(pupil.schoolId()).orElse("");
        return new LoginCard(pupil.id(), pupil.displayName(), schoolClass == null ? "" : schoolClass.name(), schoolName,
                pupil.username(), password);
    }

    @Override
    public byte[] printLoginCards(List<LoginCard> cards, LoginCardLabels labels, String siteUrl) {
        return LoginCardPrinter.print(cards, labels, siteUrl);
    }

    static SchoolContext contextOf(RosterRepository roster, long schoolId, RawRoster raw) {
        List<String> codes = raw.rows().stream().map(r -> r.cells().get(RosterColumn.MINISTRY_CODE))
                .filter(Objects::nonNull).map(c -> c.toString().replace(" ", "")).distinct().toList();
        return roster.contextOf(schoolId, codes);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A school admin of this school; a district admin for any school of the district. */
    private void requireAdminOf(Account admin, long schoolId) {
        boolean own = admin.has(Role.SCHOOL_ADMIN) && Objects.equals(admin.schoolId(), schoolId);
        if (!own && !admin.has(Role.DISTRICT_ADMIN)) {
            throw new RosterAccessDeniedException("account " + admin.id() + " may not manage the roster of school " + schoolId);
        }
        if (roster.school(schoolId).isEmpty()) {
            throw new RosterAccessDeniedException("no school " + schoolId);
        }
    }
}
