package vn.cdgd.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdgd.conf.FieldDefinition;
import vn.cdgd.conf.FieldType;
import vn.cdgd.conf.FormDefinition;
import vn.cdgd.template.TemplateLayout;
import vn.cdgd.template.TemplateWriter;

/**
 * Turns a planned {@link Content} into the bytes of its file: the template filled in (typed as
 * untidily as its {@link Mess} says), its figures sheet as CSV, or one of the broken files.
 */
final class WorkbookRenderer {
  static final String PASSWORD = "123456";

  private final TemplateWriter writer;
  private final TemplateLayout layout;
  private final FormDefinition form;
  private final FigureGenerator fields;

  WorkbookRenderer(TemplateWriter writer, FigureGenerator fields) {
    this.writer = writer;
    this.layout = writer.layout();
    this.form = writer.form();
    this.fields = fields;
  }

  byte[] bytes(Content content) {
    return switch (content.kind()) {
      case WORKBOOK -> workbook(content);
      case CSV -> csv(content);
      case ENCRYPTED -> encrypted(workbook(content));
      case TRUNCATED -> {
        byte[] whole = workbook(content);
        yield Arrays.copyOf(whole, whole.length / 2);
      }
      case EMPTY -> new byte[0];
      case TEXT_AS_WORKBOOK -> ("Kính gửi Công đoàn ngành,\r\nĐơn vị xin gửi báo cáo thống kê năm học"
          + " 2019-2020 qua thư điện tử.\r\nTrân trọng.\r\n").getBytes(StandardCharsets.UTF_8);
      case TEXT -> ("Ghi chú: các đơn vị chưa nộp báo cáo cần nhắc lại trước ngày 30/9.\r\n")
          .getBytes(StandardCharsets.UTF_8);
      case PDF -> "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
    };
  }

  byte[] workbook(Content content) {
    try (XSSFWorkbook workbook = filled(content)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      workbook.write(out);
      return ZipTimestamps.fix(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  XSSFWorkbook filled(Content content) {
    XSSFWorkbook workbook = writer.build(content.unit(), content.year());
    Mess mess = content.mess();
    fillFigures(workbook.getSheet(form.sheet(FormDefinition.FIGURES).name()), content.figures(), mess);
    fillAwards(workbook.getSheet(form.sheet(FormDefinition.AWARDS).name()), content.awards(), mess);
    fillOfficers(workbook.getSheet(form.sheet(FormDefinition.OFFICERS).name()), content.officers(), mess);
    if (mess.decomposed()) {
      decompose(workbook);
    }
    return workbook;
  }

  private void fillFigures(XSSFSheet sheet, Figures figures, Mess mess) {
    Map<String, Integer> columns = layout.figuresColumns();
    for (FieldDefinition field : form.fields()) {
      XSSFRow row = sheet.getRow(layout.fieldRows().get(field.code()));
      XSSFCell total = row.getCell(columns.get("total"));
      Long value = figures.total(field.code());
      if (value != null) {
        if (field.type() == FieldType.YES_NO) {
          total.setCellValue(yesNo(value == 1, mess, field.code()));
        } else {
          writeTotal(total, field, value, mess);
        }
      }
      Long women = figures.women(field.code());
      if (field.women() && women != null) {
        row.getCell(columns.get("women")).setCellValue(women);
      }
    }
  }

  private void writeTotal(XSSFCell cell, FieldDefinition field, long value, Mess mess) {
    String code = field.code();
    if (code.equals(fields.staff) && mess.staffAs() != Mess.StaffStyle.NUMBER) {
      long first = value / 2 + value % 3;
      long second = value - first;
      switch (mess.staffAs()) {
        case WITH_UNIT -> cell.setCellValue(value + " " + field.unit());
        case SUM_CACHED, SUM_UNCACHED -> cell.setCellFormula("SUM(" + first + "," + second + ")");
        default -> cell.setCellFormula(first + "+" + second);
      }
      if (mess.staffAs() == Mess.StaffStyle.SUM_CACHED || mess.staffAs() == Mess.StaffStyle.PLUS_CACHED) {
        cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
      }
    } else if (field.type() == FieldType.MONEY && mess.moneyWithDots()) {
      cell.setCellValue(String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.'));
    } else if (code.equals(fields.doctors()) && value == 0 && mess.dashForZero()) {
      cell.setCellValue("-");
    } else if (code.equals(fields.groups()) && mess.paddedNumber()) {
      cell.setCellValue(value % 2 == 0 ? " " + value + " " : "\u00A0" + value + " ");
    } else {
      cell.setCellValue(value);
    }
  }

  private String yesNo(boolean yes, Mess mess, String key) {
    List<String> canonical = form.list("yes_no");
    if (!mess.yesNoVariants()) {
      return yes ? canonical.get(0) : canonical.get(1);
    }
    int pick = Math.floorMod(key.hashCode(), 3);
    return yes ? new String[] {"x", "C", "có"}[pick] : new String[] {"K", "Không", "K"}[pick];
  }

  private void fillAwards(XSSFSheet sheet, List<DemoAward> awards, Mess mess) {
    Map<String, Integer> columns = layout.awardsColumns();
    for (int i = 0; i < awards.size(); i++) {
      DemoAward award = awards.get(i);
      XSSFRow row = row(sheet, layout.firstAwardRow() + i);
      cell(row, columns.get("row_number")).setCellValue(i + 1);
      text(row, columns.get("form"), award.form());
      text(row, columns.get("level"), award.level());
      text(row, columns.get("recipient_type"), award.recipientType());
      text(row, columns.get("recipient_name"), award.recipientName());
      text(row, columns.get("gender"), award.gender());
      text(row, columns.get("title"), award.title());
      text(row, columns.get("decision_number"), award.decisionNumber());
      date(cell(row, columns.get("decision_date")), award.decisionDate(), mess);
    }
  }

  private void fillOfficers(XSSFSheet sheet, List<DemoOfficer> officers, Mess mess) {
    Map<String, Integer> columns = layout.officersColumns();
    for (int i = 0; i < officers.size(); i++) {
      DemoOfficer officer = officers.get(i);
      XSSFRow row = row(sheet, layout.firstOfficerRow() + i);
      cell(row, columns.get("row_number")).setCellValue(i + 1);
      text(row, columns.get("full_name"), officer.fullName());
      text(row, columns.get("gender"), officer.gender());
      cell(row, columns.get("birth_year")).setCellValue(officer.birthYear());
      text(row, columns.get("role"), officer.role());
      text(row, columns.get("trained"), yesNo(officer.trained(), mess, officer.fullName()));
      if (officer.lastTraining() != null) {
        date(cell(row, columns.get("last_training_date")), officer.lastTraining(), mess);
      }
    }
  }

  private static void date(XSSFCell cell, LocalDate date, Mess mess) {
    switch (mess.dates()) {
      case DATE_CELL -> cell.setCellValue(date);
      case SLASHES -> cell.setCellValue(String.format(java.util.Locale.ROOT, "%02d/%02d/%d",
          date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
      case WORDS -> cell.setCellValue(String.format(java.util.Locale.ROOT, "ngày %02d tháng %02d năm %d",
          date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
    }
  }

  private static XSSFRow row(XSSFSheet sheet, int index) {
    XSSFRow row = sheet.getRow(index);
    return row == null ? sheet.createRow(index) : row;
  }

  private static XSSFCell cell(XSSFRow row, int column) {
    XSSFCell cell = row.getCell(column);
    return cell == null ? row.createCell(column) : cell;
  }

  private static void text(XSSFRow row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      cell(row, column).setCellValue(value);
    }
  }

  private static void decompose(XSSFWorkbook workbook) {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            String value = cell.getStringCellValue();
            String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
            if (!decomposed.equals(value)) {
              cell.setCellValue(decomposed);
            }
          }
        }
      }
    }
  }

  /** The figures sheet as Excel saves it with "CSV UTF-8": BOM, commas, every row and column. */
  private byte[] csv(Content content) {
    try (XSSFWorkbook workbook = filled(content)) {
      Sheet sheet = workbook.getSheet(form.sheet(FormDefinition.FIGURES).name());
      int columns = layout.figuresColumns().size();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      try (CSVPrinter printer = new CSVPrinter(
          new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          String[] values = new String[columns];
          for (int c = 0; c < columns; c++) {
            values[c] = row == null ? "" : csvValue(row.getCell(c));
          }
          printer.printRecord((Object[]) values);
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csvValue(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> Long.toString((long) cell.getNumericCellValue());
      default -> "";
    };
  }

  private static byte[] encrypted(byte[] workbook) {
    try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(PASSWORD);
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(workbook));
          OutputStream out = encryptor.getDataStream(fileSystem)) {
        opc.save(out);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fileSystem.writeFilesystem(bytes);
      return bytes.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException
        | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("cannot encrypt the demo workbook", e);
    }
  }
}
