package vn.hoclieu.core.roster.internal;

import vn.hoclieu.core.roster.RosterPreview;
import vn.hoclieu.core.roster.RosterProblem;
import vn.hoclieu.core.roster.RosterRow;
import vn.hoclieu.core.roster.model.Gender;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks every row of a read roster: required values, dates (dd/MM/yyyy as Vietnamese write them,
 * or a spreadsheet's own dates; ages 5 to 20), gender, a class of the current year, the ministry
 * code, and duplicates in the file and against the school's pupils. Every problem of every row is
 * reported, not only the first. Rows without problems get the username the import would create.
 */
final class RosterChecker {

    static final int MIN_AGE = 5;
    static final int MAX_AGE = 20;
    static final int MAX_NAME = 160;
    /** Digits only: the ministry's pupil code (mã định danh); its length has varied, so at most 20. */
    private static final Pattern MINISTRY_CODE = Pattern.compile("[0-9]{1,20}");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    private RosterChecker() {
    }

    static RosterPreview check(RawRoster raw, SchoolContext school, LocalDate today, Predicate<String> usernameTaken) {
        if (raw.fileProblem() != null) {
            return new RosterPreview(List.of(raw.fileProblem()), List.of());
        }
        Map<String, Integer> codesSeen = new HashMap<>();
        Map<String, Integer> pupilsSeen = new HashMap<>();
        UsernameGenerator usernames = new UsernameGenerator(usernameTaken);
        List<RosterRow> rows = new ArrayList<>();
        for (RawRoster.Row row : raw.rows()) {
            List<RosterProblem> problems = new ArrayList<>();
            String name = name(row, problems);
            LocalDate birthDate = birthDate(row, today, problems);
            Gender gender = gender(row, problems);
            SchoolContext.ClassRef schoolClass = schoolClass(row, school, problems);
            String code = ministryCode(row, problems);

            if (code != null) {
                Integer first = codesSeen.putIfAbsent(code, row.line());
                if (first != null) {
                    problems.add(RosterProblem.of("duplicate_code_in_file", "ministryCode", code, first));
                } else if (school.existingCodes().contains(code)) {
                    problems.add(RosterProblem.of("code_exists", "ministryCode", code));
                }
            }
            if (name != null && birthDate != null && schoolClass != null) {
                String key = SchoolContext.pupilKey(name, birthDate, schoolClass.id());
                Integer first = pupilsSeen.putIfAbsent(key, row.line());
                if (first != null) {
                    problems.add(RosterProblem.of("duplicate_pupil_in_file", null, first));
                } else if (school.existingPupils().contains(key)) {
                    problems.add(RosterProblem.of("pupil_exists", null, name, schoolClass.name()));
                }
            }
            String username = problems.isEmpty() ? usernames.next(name) : null;
            rows.add(new RosterRow(row.line(), name, birthDate, gender,
                    schoolClass != null ? schoolClass.name() : text(row, RosterColumn.CLASS), code, username, List.copyOf(problems)));
        }
        return new RosterPreview(List.of(), List.copyOf(rows));
    }

    private static String name(RawRoster.Row row, List<RosterProblem> problems) {
        String name = VietnameseText.clean(text(row, RosterColumn.NAME));
        if (name == null) {
            problems.add(RosterProblem.of("required", "name"));
            return null;
        }
        if (name.length() > MAX_NAME || name.chars().noneMatch(Character::isLetter) || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(RosterProblem.of("bad_name", "name", name.length() > 40 ? name.substring(0, 40) + "…" : name));
            return null;
        }
        return name;
    }

    private static LocalDate birthDate(RawRoster.Row row, LocalDate today, List<RosterProblem> problems) {
        Object cell = row.cells().get(RosterColumn.BIRTH_DATE);
        if (cell == null) {
            problems.add(RosterProblem.of("required", "birthDate"));
            return null;
        }
        Optional<LocalDate> date = cell instanceof LocalDate d ? Optional.of(d) : parseDate(cell.toString());
        if (date.isEmpty()) {
            problems.add(RosterProblem.of("bad_date", "birthDate", cell.toString()));
            return null;
        }
        int age = date.get().isAfter(today) ? -1 : Period.between(date.get(), today).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            problems.add(RosterProblem.of("implausible_age", "birthDate", age < 0 ? 0 : age, MIN_AGE, MAX_AGE));
            return null;
        }
        return date.get();
    }

    static Optional<LocalDate> parseDate(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // next pattern
            }
        }
        return Optional.empty();
    }

    private static Gender gender(RawRoster.Row row, List<RosterProblem> problems) {
        String raw = text(row, RosterColumn.GENDER);
        if (raw == null) {
            problems.add(RosterProblem.of("required", "gender"));
            return null;
        }
        return switch (VietnameseText.fold(raw)) {
            case "nam", "m", "male", "trai" -> Gender.MALE;
            case "nu", "f", "female", "gai" -> Gender.FEMALE;
            default -> {
                problems.add(RosterProblem.of("bad_gender", "gender", raw));
                yield null;
            }
        };
    }

    private static SchoolContext.ClassRef schoolClass(RawRoster.Row row, SchoolContext school, List<RosterProblem> problems) {
        String raw = text(row, RosterColumn.CLASS);
        if (raw == null) {
            problems.add(RosterProblem.of("required", "class"));
            return null;
        }
        SchoolContext.ClassRef found = school.classes().get(SchoolContext.classKey(raw));
        if (found == null) {
            problems.add(RosterProblem.of("unknown_class", "class", raw, school.schoolYear()));
        }
        return found;
    }

    private static String ministryCode(RawRoster.Row row, List<RosterProblem> problems) {
        String raw = text(row, RosterColumn.MINISTRY_CODE);
        if (raw == null) {
            return null;
        }
        String code = raw.replace(" ", "").replace("\u00A0", "");
        if (!MINISTRY_CODE.matcher(code).matches()) {
            problems.add(RosterProblem.of("bad_code", "ministryCode", raw));
            return null;
        }
        return code;
    }

    private static String text(RawRoster.Row row, RosterColumn column) {
        Object v = row.cells().get(column);
        if (v == null) {
            return null;
        }
        return v instanceof LocalDate d ? d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) : v.toString();
    }
}
