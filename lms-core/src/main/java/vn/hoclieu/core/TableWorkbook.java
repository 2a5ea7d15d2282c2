package vn.hoclieu.core;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * An XLSX file of bordered tables, as school books are printed: the styles and cells the gradebook
 * and the quiz results share, and the write-out. A missing number shows as a dash, never as 0.
 */
public final class TableWorkbook {

    private final Workbook workbook = new XSSFWorkbook();

    public Sheet sheet(String name) {
        return workbook.createSheet(name);
    }

    /** Thin borders all round, vertically centred. */
    public CellStyle bordered(HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** Bordered and centred, with a number format such as {@code [$-42A]0.0} (Vietnamese decimal comma). */
    public CellStyle bordered(String numberFormat) {
        CellStyle style = bordered(HorizontalAlignment.CENTER);
        style.setDataFormat(workbook.createDataFormat().getFormat(numberFormat));
        return style;
    }

    /** A bold header cell that wraps its words. */
    public CellStyle header() {
        CellStyle style = bordered(HorizontalAlignment.CENTER);
        style.setFont(bold(null));
        style.setWrapText(true);
        return style;
    }

    /** A borderless bold title; {@code points} null keeps the default size. */
    public CellStyle title(Short points, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold(points));
        style.setAlignment(alignment);
        return style;
    }

    public static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    public static void number(Row row, int col, BigDecimal value, CellStyle style) {
        var cell = row.createCell(col);
        if (value == null) {
            cell.setCellValue("—");
        } else {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** Writes the file and releases the workbook. */
    public byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Font bold(Short points) {
        Font font = workbook.createFont();
        font.setBold(true);
        if (points != null) {
            font.setFontHeightInPoints(points);
        }
        return font;
    }
}
