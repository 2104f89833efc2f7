package vn.cdgd.demo;

import java.time.LocalDate;

/** One planned row of the officers sheet ({@code lastTraining} null when never trained). */
record DemoOfficer(
    String fullName, String gender, int birthYear, String role, boolean trained,
    LocalDate lastTraining) {}
