package vn.hoclieu.core.certificate.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationCodeTest {

    private static final byte[] SECRET = "district-secret-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8);
    private static final PrintedFields PRINTED = new PrintedFields("Bùi Thanh Tâm", "Tin học cho giáo viên tiểu học",
            new BigDecimal("12.5"), LocalDate.of(2026, 11, 20), "Phòng Giáo dục và Đào tạo huyện Lâm Hà");
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final VerificationCode codes = new VerificationCode(SECRET);
    private final String code = codes.mint(new SecureRandom(), PRINTED);

    @Test
    void aCodeIsSixteenCrockfordSymbolsShownInGroupsOfFourAfterHL() {
        assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(VerificationCode.grouped(code)).matches("HL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    void aMintedCodePassesTheGateAndItsSealMatchesThePrintedFields() {
        assertThat(codes.admit(code)).contains(code);
        assertThat(codes.seals(code, PRINTED)).isTrue();
    }

    @Test
    void theCodeIsReadInAnyCaseWithOrWithoutDashesSpacesAndPrefix() {
        String grouped = VerificationCode.grouped(code);
        assertThat(codes.admit(grouped.toLowerCase(Locale.ROOT))).contains(code);
        assertThat(codes.admit(" " + grouped.replace("-", " ") + " ")).contains(code);
        assertThat(codes.admit(code.toLowerCase(Locale.ROOT))).contains(code);
    }

    @Test
    void lettersMistakenForDigitsAreReadAsCrockfordDoes() {
        assertThat(VerificationCode.canonical("HL-OIL0-0000-0000-0000")).contains("0110000000000000");
    }

    @Test
    void everyOneSymbolChangeOfARealCodeFails() {
        for (int i = 0; i < code.length(); i++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c == code.charAt(i)) {
                    continue;
                }
                String altered = code.substring(0, i) + c + code.substring(i + 1);
                boolean passes = codes.admit(altered).isPresent() && codes.seals(altered, PRINTED);
                assertThat(passes).as("%s changed at %d", altered, i).isFalse();
            }
        }
    }

    @Test
    void aForgedCodeFailsTheGateWithoutAnyLookup() {
        assertThat(codes.admit("HL-7K3Q-9XWM-2D4P-ABCD")).isEmpty();
    }

    @Test
    void aCodeMintedWithAnotherSecretFails() {
        String foreign = new VerificationCode("someone-elses-secret-value".getBytes(StandardCharsets.UTF_8)).mint(new SecureRandom(), PRINTED);
        assertThat(codes.admit(foreign).filter(c -> codes.seals(c, PRINTED))).isEmpty();
    }

    @Test
    void editingAPrintedFieldBreaksTheSeal() {
        PrintedFields renamed = new PrintedFields("Bùi Thanh Tám", PRINTED.courseTitle(), PRINTED.hours(), PRINTED.completedOn(), PRINTED.issuerName());
        PrintedFields longer = new PrintedFields(PRINTED.holderName(), PRINTED.courseTitle(), new BigDecimal("125.0"), PRINTED.completedOn(), PRINTED.issuerName());
        assertThat(codes.seals(code, renamed)).isFalse();
        assertThat(codes.seals(code, longer)).isFalse();
    }

    @Test
    void theHoursSealTheSameWhateverTheirScale() {
        PrintedFields rescaled = new PrintedFields(PRINTED.holderName(), PRINTED.courseTitle(), new BigDecimal("12.50"), PRINTED.completedOn(), PRINTED.issuerName());
        assertThat(codes.seals(code, rescaled)).isTrue();
    }

    @Test
    void malformedInputIsRefused() {
        assertThat(VerificationCode.canonical(null)).isEmpty();
        assertThat(VerificationCode.canonical("")).isEmpty();
        assertThat(VerificationCode.canonical("HL-1234-5678")).isEmpty();
        assertThat(VerificationCode.canonical("HL-UUUU-0000-0000-0000")).as("U is not a Crockford symbol").isEmpty();
        assertThat(VerificationCode.canonical("'; drop table core_certificate; --")).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new VerificationCode(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
