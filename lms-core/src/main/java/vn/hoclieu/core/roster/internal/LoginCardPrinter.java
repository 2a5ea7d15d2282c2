package vn.hoclieu.core.roster.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hoclieu.core.PrintFonts;
import vn.hoclieu.core.roster.LoginCard;
import vn.hoclieu.core.roster.LoginCardLabels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Login cards on A4: two columns of five cards, cut along the dashed lines; each class starts on
 * a new page so a homeroom teacher gets her own sheets. The text is DejaVu Sans ({@link PrintFonts}).
 */
final class LoginCardPrinter {

    private static final float MARGIN = 28;
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;

    private LoginCardPrinter() {
    }

    static byte[] print(List<LoginCard> cards, LoginCardLabels labels, String siteUrl) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PrintFonts.regular(document);
            PDFont bold = PrintFonts.bold(document);
            PDRectangle a4 = PDRectangle.A4;
            float width = (a4.getWidth() - 2 * MARGIN) / COLUMNS;
            float height = (a4.getHeight() - 2 * MARGIN) / ROWS;
            PDPageContentStream page = null;
            int slot = 0;
            String previousClass = null;
            for (LoginCard card : cards) {
                boolean newClass = !Objects.equals(card.className(), previousClass);
                if (page == null || slot == COLUMNS * ROWS || newClass) {
                    if (page != null) {
                        page.close();
                    }
                    PDPage p = new PDPage(a4);
                    document.addPage(p);
                    page = new PDPageContentStream(document, p);
                    slot = 0;
                }
                previousClass = card.className();
                float x = MARGIN + (slot % COLUMNS) * width;
                float y = a4.getHeight() - MARGIN - (slot / COLUMNS + 1) * height;
                card(page, card, labels, siteUrl, x, y, width, height, regular, bold);
                slot++;
            }
            if (page != null) {
                page.close();
            }
            if (cards.isEmpty()) {
                document.addPage(new PDPage(a4));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void card(PDPageContentStream page, LoginCard card, LoginCardLabels labels, String siteUrl,
                             float x, float y, float w, float h, PDFont regular, PDFont bold) throws IOException {
        page.setLineDashPattern(new float[]{4, 3}, 0);
        page.setLineWidth(0.6f);
        page.addRect(x + 2, y + 2, w - 4, h - 4);
        page.stroke();
        float left = x + 14;
        float maxWidth = w - 28;
        float line = y + h - 24;
        text(page, bold, 8.5f, left, line, fit(labels.title() + " · " + card.schoolName(), bold, 8.5f, maxWidth));
        line -= 20;
        text(page, bold, 13, left, line, fit(card.name(), bold, 13, maxWidth));
        line -= 16;
        text(page, regular, 10, left, line, labels.className() + ": " + card.className());
        line -= 22;
        text(page, regular, 10, left, line, labels.username() + ":");
        text(page, bold, 12, left + 92, line, card.username());
        line -= 18;
        text(page, regular, 10, left, line, labels.password() + ":");
        text(page, bold, 12, left + 92, line, card.firstPassword());
        line -= 20;
        text(page, regular, 8.5f, left, line, fit(labels.site() + ": " + siteUrl, regular, 8.5f, maxWidth));
        line -= 12;
        text(page, regular, 7.5f, left, line, fit(labels.changeHint(), regular, 7.5f, maxWidth));
    }

    private static void text(PDPageContentStream page, PDFont font, float size, float x, float y, String s) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(s == null ? "" : s);
        page.endText();
    }

    /** Cuts a line to the card's width, with an ellipsis. */
    private static String fit(String s, PDFont font, float size, float maxWidth) throws IOException {
        if (s == null) {
            return "";
        }
        String t = s;
        while (t.length() > 1 && font.getStringWidth(t) / 1000 * size > maxWidth) {
            String base = t.endsWith("…") ? t.substring(0, t.length() - 1) : t;
            t = base.substring(0, base.length() - 1) + "…";
        }
        return t;
    }
}
