package org.liaison;

import com.sun.jna.IntegerType;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * C's {@code size_t} for JNA, whose core has none: an unsigned integer of the
 * platform's {@code size_t} width ({@link Native#SIZE_T_SIZE} bytes), so that
 * lengths cross the C ABI correctly on 32-bit and 64-bit systems alike.
 * Public because JNA makes instances of it; the binding's own API takes
 * and returns {@code int} and {@code long}.
 */
public final class SizeT extends IntegerType {
  private static final long serialVersionUID = 1L;

  /** Zero; JNA needs this constructor to make results of this type. */
  public SizeT() {
    this(0);
  }

  /**
   * A {@code size_t} of the given value.
   *
   * @param value the value, at most the platform's {@code SIZE_MAX}
   */
  public SizeT(long value) {
    super(Native.SIZE_T_SIZE, value, true);
  }

  /** Element {@code index} of a {@code size_t} array at {@code array}. */
  static long read(Pointer array, long index) {
    return Native.SIZE_T_SIZE == 8
        ? array.getLong(8 * index)
        : array.getInt(4 * index) & 0xFFFFFFFFL;
  }
}
