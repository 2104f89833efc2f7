package vn.cdgd.store;

/**
 * A version written beside the published one that did not pass its checks (staging's footers or
 * the warehouse's data tests): it is not published, and the published version stays as it was.
 */
public class VersionCheckFailure extends RuntimeException {
  public VersionCheckFailure(String message) {
    super(message);
  }
}
