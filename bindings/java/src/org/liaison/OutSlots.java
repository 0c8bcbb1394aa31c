package org.liaison;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The out-parameters of one C call: pointer-sized native slots the library
 * writes through ({@code char**}, {@code size_t*}, {@code int32_t*},
 * {@code liaison_error**}). JNA's core has no {@code size_t*}; a slot is as
 * wide as a pointer or a {@code size_t}, whichever is wider, and is read back
 * at the width the C side wrote. Each thread reuses its own slots, so a call
 * allocates no native memory for them; nothing calls back into Java during a
 * call, so one set per thread is enough.
 */
final class OutSlots {
  /** Slots per call: the most any function of the C ABI writes (indexed evaluation: five). */
  private static final int COUNT = 5;

  private static final long WIDTH = Math.max(Native.POINTER_SIZE, Native.SIZE_T_SIZE);
  private static final ThreadLocal<OutSlots> PER_THREAD = ThreadLocal.withInitial(OutSlots::new);

  private final Memory memory = new Memory(COUNT * WIDTH);
  private final Pointer[] slots = new Pointer[COUNT];

  private OutSlots() {
    for (int i = 0; i < COUNT; i++) {
      slots[i] = memory.share(i * WIDTH, WIDTH);
    }
  }

  /** The calling thread's slots, cleared. */
  static OutSlots cleared() {
    OutSlots out = PER_THREAD.get();
    out.memory.clear();
    return out;
  }

  /** The calling thread's slots as the last call left them. */
  static OutSlots current() {
    return PER_THREAD.get();
  }

  /** Slot {@code i} as the pointer to pass. */
  Pointer at(int i) {
    return slots[i];
  }

  /** The {@code char*}, {@code size_t*} or {@code liaison_error*} written into slot {@code i}. */
  Pointer pointer(int i) {
    return slots[i].getPointer(0);
  }

  /** The {@code size_t} written into slot {@code i}. */
  long sizeT(int i) {
    return SizeT.read(slots[i], 0);
  }

  /** The {@code int32_t} written into slot {@code i}. */
  int int32(int i) {
    return slots[i].getInt(0);
  }
}
