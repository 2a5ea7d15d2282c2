package vn.hoclieu.core.roster.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.account.internal.AccountRepository;
import vn.hoclieu.core.account.model.UserAccount;
import vn.hoclieu.core.roster.RosterPreview;
import vn.hoclieu.core.roster.RosterRejectedException;
import vn.hoclieu.core.roster.RosterRow;
import vn.hoclieu.core.roster.model.Pupil;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;

/**
 * The import's one transaction: locks the school, checks the file again against what is now in
 * the database (another import may have finished meanwhile), and writes every pupil or none.
 */
@ApplicationScoped
public class RosterWriter {

    @Inject
    RosterRepository roster;

    @Inject
    AccountRepository accounts;

    /** A created pupil: the row as written, and the account's id. */
    public record Written(RosterRow row, long accountId) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Written> write(long schoolId, RawRoster raw, LocalDate today, List<String> passwordHashes) {
        roster.lockSchool(schoolId);
        SchoolContext school = DefaultRosterService.contextOf(roster, schoolId, raw);
        Set<String> taken = roster.usernamesStartingWith(UsernameGenerator.PREFIX);
        RosterPreview preview = RosterChecker.check(raw, school, today, taken::contains);
        if (!preview.importable() || preview.rows().size() != passwordHashes.size()) {
            throw new RosterRejectedException(preview);
        }
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < preview.rows().size(); i++) {
            RosterRow row = preview.rows().get(i);
            UserAccount account = new UserAccount(row.username(), row.name(), null, passwordHashes.get(i), schoolId);
            account.grant(Role.STUDENT);
            account.issueFirstPassword(passwordHashes.get(i));
            accounts.add(account);
            roster.add(new Pupil(account.id(), row.birthDate(), row.gender(), row.ministryCode()));
            roster.schoolClass(school.classes().get(SchoolContext.classKey(row.className())).id()).enrol(account.id());
            written.add(new Written(row, account.id()));
        }
        return written;
    }
}
