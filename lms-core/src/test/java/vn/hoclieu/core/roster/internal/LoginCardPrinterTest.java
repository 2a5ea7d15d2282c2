package vn.hoclieu.core.roster.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.hoclieu.core.roster.LoginCard;
import vn.hoclieu.core.roster.LoginCardLabels;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginCardPrinterTest {

    private static final LoginCardLabels LABELS = new LoginCardLabels("Thẻ đăng nhập HọcLiệu", "Họ và tên", "Lớp",
            "Tên đăng nhập", "Mật khẩu", "Địa chỉ", "Đổi mật khẩu sau lần đăng nhập đầu tiên.");

    @Test
    void cardsCarryVietnameseNamesAndEachClassStartsANewPage() throws Exception {
        List<LoginCard> cards = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            cards.add(new LoginCard(i, "Nguyễn Thị Ánh Tuyết " + i, "3B", "Trường TH&THCS Hòa Bình", "hs.tuyet" + i, "abcd2345"));
        }
        cards.add(new LoginCard(99, "Đặng Đức Đạt", "5C", "Trường TH&THCS Hòa Bình", "hs.dat", "zxcv6789"));

        byte[] pdf = LoginCardPrinter.print(cards, LABELS, "https://hoclieu.example.vn/");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("10 cards a page; 5C on its own").isEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nguyễn Thị Ánh Tuyết 1", "Đặng Đức Đạt", "hs.dat", "zxcv6789", "Tên đăng nhập", "https://hoclieu.example.vn/");
        }
    }
}
