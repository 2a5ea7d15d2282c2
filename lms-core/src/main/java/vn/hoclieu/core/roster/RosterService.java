package vn.hoclieu.core.roster;

import vn.hoclieu.core.account.Account;

import java.util.List;

/**
 * Setting a school up from a roster file (CSV or XLSX): a preview with every problem per row,
 * an all-or-nothing import that creates pupils' accounts (generated usernames, first passwords)
 * and enrols them, login cards to print, and password resets. The transaction boundary.
 */
public interface RosterService {

    /** Reads and checks the file against the school's current year; writes nothing. */
    RosterPreview preview(Account admin, long schoolId, RosterFile file);

    /**
     * Creates every pupil of the file in one transaction, or none: refused with
     * {@link RosterRejectedException} when the file or any row has a problem.
     */
    RosterImport importRoster(Account admin, long schoolId, RosterFile file);

    /**
     * A new first password for a pupil, by an admin of the pupil's school or a teacher of the
     * pupil's class (homeroom or subject); the old password stops working at once.
     */
    LoginCard resetPassword(Account actor, long pupilId);

    /** Login cards on A4 pages (ten a page), grouped by class; Vietnamese names embedded in the font. */
    byte[] printLoginCards(List<LoginCard> cards, LoginCardLabels labels, String siteUrl);
}
