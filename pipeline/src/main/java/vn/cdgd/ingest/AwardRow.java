package vn.cdgd.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of the awards sheet, as read and normalised; {@code row} is the sheet's row number. */
public record AwardRow(
    int row,
    String form,
    String level,
    String recipientType,
    String recipientName,
    String gender,
    String title,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionDateRaw)
    implements Serializable {}
