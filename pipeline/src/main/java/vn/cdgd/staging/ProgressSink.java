package vn.cdgd.staging;

/** Where a long step reports how far it got; the command line draws it as a progress bar. */
public interface ProgressSink {
  void start(String task, long total);

  void advance(long done);

  void finish();

  ProgressSink NONE =
      new ProgressSink() {
        @Override
        public void start(String task, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
      };
}
