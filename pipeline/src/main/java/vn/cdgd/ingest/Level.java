package vn.cdgd.ingest;

/** How serious a problem in a submission is. Errors keep it out of the warehouse. */
public enum Level {
  ERROR("lỗi"),
  WARNING("cảnh báo");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  /** The Vietnamese word printed in reports. */
  public String label() {
    return label;
  }
}
