package vn.hoclieu.web.quiz.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import vn.hoclieu.web.gradebook.view.GradebookTexts;
import vn.hoclieu.web.i18n.Messages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Points as teachers type them in the quiz pages: "1,5" (Vietnamese) or "1.5", read by the same
 * parser as the gradebook's marks, and shown back in the reader's notation. Faces' own BigDecimal
 * converter refuses the decimal comma.
 */
@FacesConverter("hoclieu.points")
public class PointsConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        BigDecimal points = GradebookTexts.parseScore(typed);
        if (points == null) {
            String text = Messages.text(locale(context), "quiz.number.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return points;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal points) {
        return points == null ? "" : shown(points, locale(context));
    }

    /** "1,5" in Vietnamese, "1.5" in English; up to two decimals, no grouping. */
    static String shown(BigDecimal points, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        number.setGroupingUsed(false);
        return number.format(points);
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() == null ? Messages.VIETNAMESE : context.getViewRoot().getLocale();
    }
}
