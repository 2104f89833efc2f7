package vn.cdgd.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of the union officers' sheet. Names and birth years are personal data: they stay in the
 * staging area and never reach a table analysts can query. The {@code …Raw} values are the cells as
 * typed, beside what was read from them, so a value can be traced back.
 */
public record OfficerRow(
    int row,
    String fullName,
    String gender,
    Integer birthYear,
    String role,
    Boolean trained,
    LocalDate lastTrainingDate,
    String birthYearRaw,
    String trainedRaw,
    String lastTrainingDateRaw)
    implements Serializable {}
