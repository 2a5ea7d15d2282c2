package vn.hoclieu.core.course.internal;

/**
 * How a review is signed in public: the given name and the family name's initial. Vietnamese
 * names put the family name first and the given name last ("Nguyễn Thị Lan" → "Lan N."), so a
 * reader cannot tell the full name of a learner, a pupil above all.
 */
final class ReviewerName {

    private ReviewerName() {
    }

    static String of(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return "";
        }
        String[] words = displayName.strip().split("\\s+");
        String given = words[words.length - 1];
        return words.length == 1 ? given : given + " " + words[0].codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
    }
}
