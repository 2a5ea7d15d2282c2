package vn.hoclieu.web.review.view;

import vn.hoclieu.core.VietnamTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.review.GradeLevel;
import vn.hoclieu.content.review.ReviewAdministration;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;
import vn.hoclieu.web.material.view.MaterialTexts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the review pages show beside ids and codes: names, dates, levels, rubric labels, changed values. */
@Named
@RequestScoped
public class ReviewTexts {

    /** The district's clock, whatever the server's time zone. */
    static final ZoneId DISTRICT_TIME = VietnamTime.ZONE;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    MaterialTexts materialTexts;

    @Inject
    AccountService accounts;

    @Inject
    ReviewAdministration administration;

    private final Map<Long, String> people = new HashMap<>();
    private Map<String, RubricCriterion> criteria;

    /** "14/03/2026 09:30" in Vietnamese, "14 Mar 2026, 09:30" in English: the pattern is in the bundles. */
    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(text("review.dateTime.pattern"), localeSelection.getLocale())
                .withZone(DISTRICT_TIME).format(at);
    }

    /** 4.5 → "4,50" in Vietnamese. */
    public String average(BigDecimal average) {
        if (average == null) {
            return "–";
        }
        NumberFormat number = NumberFormat.getNumberInstance(localeSelection.getLocale());
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        return number.format(average);
    }

    public String person(long accountId) {
        return people.computeIfAbsent(accountId, id -> accounts.findById(id).map(a -> a.displayName()).orElse("#" + id));
    }

    /** "Nguyễn Văn A, Trần Thị B": names of several accounts, for pool members. */
    public String people(Collection<Long> accountIds) {
        Map<Long, String> names = accounts.displayNames(accountIds);
        return names.values().stream().sorted().collect(Collectors.joining(", "));
    }

    public String criterion(RubricCriterion criterion) {
        return criterion.label(localeSelection.getLanguage());
    }

    /** The label of a criterion a past review scored, even one retired since. */
    public String criterion(String code) {
        if (criteria == null) {
            criteria = administration.criteria().stream().collect(Collectors.toMap(RubricCriterion::code, Function.identity()));
        }
        RubricCriterion c = criteria.get(code);
        return c == null ? code : criterion(c);
    }

    public String level(GradeLevel level) {
        return text(level == null ? "review.level.all" : "review.level." + level.name());
    }

    public String subjectOrAll(String subjectCode) {
        return subjectCode == null ? text("review.subject.all") : materialTexts.subject(subjectCode);
    }

    /** A described field's name, as the metadata changes list it. */
    public String field(String field) {
        return text("review.change.field." + field);
    }

    /** A described field's value in the reader's words: subject and type names, not codes. */
    public String fieldValue(String field, String value) {
        if (value == null) {
            return text("review.change.empty");
        }
        return switch (field) {
            case "subject" -> materialTexts.subject(value);
            case "type" -> text("material.type." + value);
            case "licence" -> text("material.licence." + value);
            case "language" -> materialTexts.language(value);
            case "grades" -> value.replace("[", "").replace("]", "");
            default -> value;
        };
    }

    private String text(String key, Object... arguments) {
        return Messages.text(localeSelection.getLocale(), key, arguments);
    }
}
