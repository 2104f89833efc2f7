package vn.cdgd.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of the union officers' sheet. Names and birth years are personal data: they stay in the
 * staging area and never reach a table analysts can query.
 */
public record OfficerRow(
    int row,
    String fullName,
    String gender,
    Integer birthYear,
    String role,
    Boolean trained,
    LocalDate lastTrainingDate)
    implements Serializable {}
