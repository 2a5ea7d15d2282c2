package vn.hoclieu.core.certificate.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hoclieu.core.PrintFonts;
import vn.hoclieu.core.certificate.CertificateLabels;
import vn.hoclieu.core.certificate.model.Certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Map;

/**
 * A certificate on one A4 landscape page, laid out as Vietnamese official papers are: the issuing
 * office top left, the national name and motto top right, the title, the holder, the course and
 * its hours, the place and date on the right; the verification code and a QR code to the public
 * verification page bottom left. The QR code is drawn as vector rectangles, so it stays sharp at
 * any print size and needs no image library.
 */
final class CertificatePrinter {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 42;
    private static final float QR_SIDE = 96;

    private CertificatePrinter() {
    }

    static byte[] print(Certificate certificate, CertificateLabels labels, String place, String verifyUrl) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            PDFont regular = PrintFonts.regular(document);
            PDFont bold = PrintFonts.bold(document);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                frame(out);
                heading(out, certificate, labels, regular, bold);
                body(out, certificate, labels, regular, bold);
                dateLine(out, certificate, labels, place, regular);
                verification(out, certificate, labels, verifyUrl, regular, bold);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void frame(PDPageContentStream out) throws IOException {
        out.setLineWidth(2.5f);
        out.setStrokingColor(0.55f, 0.12f, 0.12f);
        out.addRect(18, 18, PAGE.getWidth() - 36, PAGE.getHeight() - 36);
        out.stroke();
        out.setLineWidth(0.8f);
        out.addRect(25, 25, PAGE.getWidth() - 50, PAGE.getHeight() - 50);
        out.stroke();
        out.setStrokingColor(0f, 0f, 0f);
    }

    private static void heading(PDPageContentStream out, Certificate c, CertificateLabels labels, PDFont regular, PDFont bold) throws IOException {
        float top = PAGE.getHeight() - MARGIN - 20;
        float half = (PAGE.getWidth() - 2 * MARGIN) / 2;
        centred(out, bold, 12, c.issuerName().toUpperCase(java.util.Locale.forLanguageTag("vi")), MARGIN, half - 20, top);
        centred(out, bold, 12, labels.nation(), MARGIN + half, half, top);
        centred(out, bold, 12, labels.motto(), MARGIN + half, half, top - 17);
        float mottoWidth = Math.min(bold.getStringWidth(labels.motto()) / 1000 * 12, half);
        out.setLineWidth(0.6f);
        out.moveTo(MARGIN + half + (half - mottoWidth) / 2, top - 22);
        out.lineTo(MARGIN + half + (half + mottoWidth) / 2, top - 22);
        out.stroke();
        centred(out, bold, 34, labels.title(), MARGIN, PAGE.getWidth() - 2 * MARGIN, top - 95);
    }

    private static void body(PDPageContentStream out, Certificate c, CertificateLabels labels, PDFont regular, PDFont bold) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        float line = PAGE.getHeight() - MARGIN - 175;
        centred(out, regular, 15, labels.holder() + ":", MARGIN, width, line);
        centred(out, bold, 22, c.holderName(), MARGIN, width, line - 32);
        centred(out, regular, 15, labels.course() + ":", MARGIN, width, line - 72);
        centred(out, bold, 17, c.courseTitle(), MARGIN, width, line - 98);
        centred(out, regular, 14, MessageFormat.format(labels.hours(), hours(c.hours())), MARGIN, width, line - 130);
    }

    private static void dateLine(PDPageContentStream out, Certificate c, CertificateLabels labels, String place, PDFont regular) throws IOException {
        String day = "%02d".formatted(c.completedOn().getDayOfMonth());
        String month = "%02d".formatted(c.completedOn().getMonthValue());
        String date = MessageFormat.format(labels.date(), place == null ? "" : place.strip(), day, month,
                Integer.toString(c.completedOn().getYear())).strip();
        if (date.startsWith(",")) {
            date = date.substring(1).strip();
        }
        float half = (PAGE.getWidth() - 2 * MARGIN) / 2;
        centred(out, regular, 13, date, MARGIN + half, half, MARGIN + 110);
    }

    private static void verification(PDPageContentStream out, Certificate c, CertificateLabels labels, String verifyUrl,
                                     PDFont regular, PDFont bold) throws IOException {
        qr(out, verifyUrl, MARGIN + 8, MARGIN + 8, QR_SIDE);
        float x = MARGIN + QR_SIDE + 22;
        text(out, regular, 10, x, MARGIN + 70, labels.code() + ":");
        text(out, bold, 13, x, MARGIN + 52, VerificationCode.grouped(c.code()));
        text(out, regular, 9, x, MARGIN + 34, labels.verifyAt() + ":");
        text(out, regular, 9, x, MARGIN + 21, fit(verifyUrl, regular, 9, PAGE.getWidth() - MARGIN - x));
    }

    /** The QR matrix, one filled rectangle per dark module; the page's white is the quiet zone. */
    private static void qr(PDPageContentStream out, String content, float x, float y, float side) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("verification address too long for a QR code", e);
        }
        float module = side / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    out.addRect(x + col * module, y + side - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    /** 12.5 → "12,5"; 12.0 → "12": Vietnamese writes a decimal comma. */
    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static void centred(PDPageContentStream out, PDFont font, float size, String s, float left, float width, float y) throws IOException {
        float fitted = size;
        while (fitted > 9 && font.getStringWidth(s) / 1000 * fitted > width) {
            fitted -= 0.5f;
        }
        String shown = fit(s, font, fitted, width);
        float w = font.getStringWidth(shown) / 1000 * fitted;
        text(out, font, fitted, left + (width - w) / 2, y, shown);
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String s) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    /** Cuts a line to the width, with an ellipsis (a title longer than the page still prints). */
    private static String fit(String s, PDFont font, float size, float maxWidth) throws IOException {
        String t = s;
        while (t.length() > 1 && font.getStringWidth(t) / 1000 * size > maxWidth) {
            String base = t.endsWith("…") ? t.substring(0, t.length() - 1) : t;
            t = base.substring(0, base.length() - 1) + "…";
        }
        return t;
    }
}
