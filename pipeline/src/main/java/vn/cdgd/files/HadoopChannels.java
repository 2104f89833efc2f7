package vn.cdgd.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.apache.hadoop.fs.FSDataInputStream;

/** Byte channels over Hadoop's streams, for Files.readAllBytes, Files.write and the like. */
final class HadoopChannels {
  private HadoopChannels() {}

  /** Reading with seeks: Hadoop's input stream is positioned. */
  static final class Read implements SeekableByteChannel {
    private final FSDataInputStream in;
    private final ReadableByteChannel channel;
    private final long size;
    private boolean open = true;

    Read(FSDataInputStream in, long size) {
      this.in = in;
      this.channel = Channels.newChannel(in);
      this.size = size;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return channel.read(dst);
    }

    @Override
    public int write(ByteBuffer src) {
      throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
      return in.getPos();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      in.seek(newPosition);
      return this;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() throws IOException {
      open = false;
      in.close();
    }
  }

  /** Writing straight through: HDFS files are written once, from the start. */
  static final class Write implements SeekableByteChannel {
    private final OutputStream out;
    private final WritableByteChannel channel;
    private long written;
    private boolean open = true;

    Write(OutputStream out) {
      this.out = out;
      this.channel = Channels.newChannel(out);
    }

    @Override
    public int read(ByteBuffer dst) {
      throw new java.nio.channels.NonReadableChannelException();
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      int n = channel.write(src);
      written += n;
      return n;
    }

    @Override
    public long position() {
      return written;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
      throw new UnsupportedOperationException("HDFS files are written from start to end");
    }

    @Override
    public long size() {
      return written;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new UnsupportedOperationException("HDFS files are written from start to end");
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() throws IOException {
      open = false;
      out.close();
    }
  }
}
