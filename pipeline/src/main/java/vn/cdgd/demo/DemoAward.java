package vn.cdgd.demo;

import java.time.LocalDate;

/** One planned row of the awards sheet ({@code gender} and {@code title} empty when not used). */
record DemoAward(
    String form,
    String level,
    String recipientType,
    String recipientName,
    String gender,
    String title,
    String decisionNumber,
    LocalDate decisionDate) {

  /** The key of indicator I05's breakdown: {@code form|level|recipient_type}. */
  String key() {
    return form + "|" + level + "|" + recipientType;
  }
}
