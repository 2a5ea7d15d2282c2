package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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

    /**
     * Whether the draft is valid; if not, each problem is shown next to its input of the form
     * (draft-fields.xhtml's ids) and the request is marked failed.
     */
    public boolean accepts(MaterialDraft draft, Locale locale, String formId) {
        Map<String, String> problems = problems(draft, locale);
        if (problems.isEmpty()) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach((field, message) -> faces.addMessage(formId + ":" + inputOf(field),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        faces.validationFailed();
        return false;
    }

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

    /** The input that shows a draft field's message (the language rule can only fail on the free code). */
    private static String inputOf(String field) {
        return switch (field) {
            case "subjectCode" -> "subject";
            case "language" -> "otherLanguage";
            default -> field;
        };
    }
}
