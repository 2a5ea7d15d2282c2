package vn.hoclieu.core.certificate.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.hoclieu.core.certificate.CertificateLabels;
import vn.hoclieu.core.certificate.model.Certificate;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePrinterTest {

    static final CertificateLabels LABELS = new CertificateLabels("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "GIẤY CHỨNG NHẬN", "Chứng nhận Ông/Bà/Em", "Đã hoàn thành khoá học", "Thời lượng: {0} giờ",
            "{0}, ngày {1} tháng {2} năm {3}", "Mã xác thực", "Tra cứu tại");
    private static final String URL = "https://hoclieu.lamha.edu.vn/verify/HL-7K3Q-9XWM-2D4P-ABCD";

    private final Certificate certificate = new Certificate("7K3Q9XWM2D4PABCD", 7, "Bùi Thanh Tâm", 3L,
            "Tin học cho giáo viên tiểu học", new BigDecimal("12.5"), LocalDate.of(2026, 3, 5),
            "Phòng Giáo dục và Đào tạo huyện Lâm Hà", "course:3:account:7");

    @Test
    void theCertificateIsOneA4LandscapePage() throws Exception {
        try (PDDocument document = Loader.loadPDF(CertificatePrinter.print(certificate, LABELS, "Lâm Hà", URL))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void itPrintsTheVietnameseLayoutTheFieldsAndTheCode() throws Exception {
        try (PDDocument document = Loader.loadPDF(CertificatePrinter.print(certificate, LABELS, "Lâm Hà", URL))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "GIẤY CHỨNG NHẬN",
                    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN LÂM HÀ", "Chứng nhận Ông/Bà/Em:", "Bùi Thanh Tâm",
                    "Đã hoàn thành khoá học:", "Tin học cho giáo viên tiểu học", "Thời lượng: 12,5 giờ",
                    "Lâm Hà, ngày 05 tháng 03 năm 2026", "HL-7K3Q-9XWM-2D4P-ABCD", URL);
        }
    }

    @Test
    void withoutAPlaceTheDateLineStartsWithTheDay() throws Exception {
        try (PDDocument document = Loader.loadPDF(CertificatePrinter.print(certificate, LABELS, "", URL))) {
            assertThat(new PDFTextStripper().getText(document)).contains("\nngày 05 tháng 03 năm 2026");
        }
    }

    @Test
    void theQrCodeDecodesToTheVerificationAddress() throws Exception {
        try (PDDocument document = Loader.loadPDF(CertificatePrinter.print(certificate, LABELS, "Lâm Hà", URL))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
        }
    }

    @Test
    void wholeHoursAreWrittenWithoutADecimal() {
        assertThat(CertificatePrinter.hours(new BigDecimal("30.0"))).isEqualTo("30");
        assertThat(CertificatePrinter.hours(new BigDecimal("1.5"))).isEqualTo("1,5");
    }
}
