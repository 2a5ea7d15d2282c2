package vn.hoclieu.core.roster;

/**
 * A pupil's first sign-in, to print and hand over. Holds a password in clear text: it lives only
 * in memory, for the answer that issued it and the cards printed from it, and is never stored.
 */
public record LoginCard(long pupilId, String name, String className, String schoolName, String username, String firstPassword) {

    @Override
    public String toString() {
        return "LoginCard[" + username + "]"; // never the password in a log
    }
}
