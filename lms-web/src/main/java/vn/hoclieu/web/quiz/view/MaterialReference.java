package vn.hoclieu.web.quiz.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A material as a teacher names it in the media picker: its number, or the address of its page
 * copied from the browser ({@code …/app/material.xhtml?id=42}).
 */
final class MaterialReference {

    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,18})\\s*");
    private static final Pattern PAGE = Pattern.compile(".*/app/material(?:\\.xhtml)?\\?(?:.*&)?id=(\\d{1,18})(?:&.*)?");

    private MaterialReference() {
    }

    /** The material's id, or null when the text names none. */
    static Long id(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher number = NUMBER.matcher(typed);
        if (number.matches()) {
            return Long.parseLong(number.group(1));
        }
        Matcher page = PAGE.matcher(typed.strip());
        return page.matches() ? Long.parseLong(page.group(1)) : null;
    }
}
