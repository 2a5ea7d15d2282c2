package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import vn.hoclieu.content.material.MaterialDraft;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a draft against the rules declared on {@link MaterialDraft} (or any other form's record,
 * e.g. the review policy) before the service sees it, with messages in the reader's language (the
 * container would interpolate in the server's locale).
 */
@ApplicationScoped
public class DraftValidation {

    @Inject
    ValidatorFactory validation;

    /** The first message per field ("title", "grades", …); empty when the draft is valid. */
    public <T> Map<String, String> problems(T draft, Locale locale) {
        MessageInterpolator base = validation.getMessageInterpolator();
        MessageInterpolator localized = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        };
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<T> v : validation.usingContext().messageInterpolator(localized).getValidator().validate(draft)) {
            String path = v.getPropertyPath().toString();
            // "grades[].<iterable element>" and the like belong to the field before the first dot or bracket
            problems.putIfAbsent(path.split("[.\\[]", 2)[0], v.getMessage());
        }
        return problems;
    }
}
