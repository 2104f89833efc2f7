package vn.cdgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The peak heap of a child JVM read from its GC log, on logs Java 17 wrote on this machine. */
class ChildJvmTest {

  @Test
  void g1PeakIsTheLargestHeapBeforeACollectionOrTheHeapAtExit() {
    List<String> log = List.of(
        "[0.004s][info][gc] Using G1",
        "[0.108s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 18M->18M(388M) 8.028ms",
        "[0.292s][info][gc] GC(6) Pause Young (Normal) (G1 Evacuation Pause) 177M->170M(1164M) 26.669ms",
        "[0.348s][info][gc] GC(8) Pause Young (Normal) (G1 Evacuation Pause) 257M->258M(3112M) 30.855ms",
        "[0.476s][info][gc,heap,exit] Heap",
        "[0.476s][info][gc,heap,exit]  garbage-first heap   total 3186688K, used 397236K [0x0000000687400000, 0x0000000800000000)",
        "[0.476s][info][gc,heap,exit]   region size 4096K, 35 young (143360K), 2 survivors (8192K)",
        "[0.476s][info][gc,heap,exit]  Metaspace       used 80K, committed 320K, reserved 1114112K",
        "[0.476s][info][gc,heap,exit]   class space    used 3K, committed 128K, reserved 1048576K");
    assertThat(ChildJvm.peakHeapBytes(log)).isEqualTo(397236L << 10);
    assertThat(ChildJvm.peakHeapBytes(log.subList(0, 4))).isEqualTo(257L << 20);
  }

  @Test
  void serialPeakAddsTheGenerationsAtExitButNotMetaspace() {
    List<String> log = List.of(
        "[0.003s][info][gc] Using Serial",
        "[0.442s][info][gc] GC(1) Pause Young (Allocation Failure) 150M->88M(365M) 50.107ms",
        "[0.487s][info][gc,heap,exit] Heap",
        "[0.487s][info][gc,heap,exit]  def new generation   total 116160K, used 20484K [0x0000000687400000, 0x000000068f200000, 0x0000000704d50000)",
        "[0.487s][info][gc,heap,exit]   eden space 103296K,   7% used [0x0000000687400000, 0x0000000687c012d0, 0x000000068d8e0000)",
        "[0.487s][info][gc,heap,exit]  tenured generation   total 258048K, used 117186K [0x0000000704d50000, 0x0000000714950000, 0x0000000800000000)",
        "[0.487s][info][gc,heap,exit]  Metaspace       used 135K, committed 384K, reserved 1114112K");
    assertThat(ChildJvm.peakHeapBytes(log)).isEqualTo(150L << 20);
    List<String> bigExit = List.of(log.get(2),
        "[0.487s][info][gc,heap,exit]  def new generation   total 116160K, used 100000K [0x0]",
        "[0.487s][info][gc,heap,exit]  tenured generation   total 258048K, used 117186K [0x0]");
    assertThat(ChildJvm.peakHeapBytes(bigExit)).isEqualTo((100000L + 117186L) << 10);
  }
}
