package vn.hoclieu.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validates an API request body with Bean Validation, with messages in the caller's language
 * (the container would use the server's default locale).
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    ValidatorFactory validation;

    public <T> T valid(T body, HttpHeaders headers) {
        Locale locale = RequestLanguage.of(headers);
        if (body == null) {
            throw new InvalidRequestException(Map.of("body", RequestLanguage.text(headers, "api.invalid")));
        }
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
        var violations = validation.usingContext().messageInterpolator(localized).getValidator().validate(body);
        if (!violations.isEmpty()) {
            Map<String, String> fields = new TreeMap<>();
            for (ConstraintViolation<T> v : violations) {
                fields.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a);
            }
            throw new InvalidRequestException(fields);
        }
        return body;
    }
}
