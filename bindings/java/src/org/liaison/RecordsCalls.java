package org.liaison;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of the C ABI's three common shapes on a {@link Policy}: a
 * policy's own document (policy, then the document out), a records call
 * (policy, records, as-of date, then the document out) and a diff call (two
 * policies, then as a records call); and the indexed evaluation's entries. Each counts the call in and out of
 * the policies it uses, so that closing one waits for it.
 */
final class RecordsCalls {
  private RecordsCalls() {}

  /** A call for a document of the policy alone: its C function. */
  interface PolicyCall {
    int call(Pointer policy, Pointer result, Pointer resultLength, Pointer error);
  }

  /** A records call: its C function. */
  interface RecordsCall {
    int call(Pointer policy, byte[] records, SizeT recordsLength, byte[] asOf, SizeT asOfLength,
        Pointer result, Pointer resultLength, Pointer error);
  }

  /** A diff call: its C function. */
  interface DiffCall {
    int call(Pointer before, Pointer after, byte[] records, SizeT recordsLength, byte[] asOf,
        SizeT asOfLength, Pointer result, Pointer resultLength, Pointer error);
  }

  /** The document a policy call returns, decoded; or the exception for its error. */
  static String policyDocument(Policy policy, PolicyCall function) {
    policy.acquire();
    try {
      OutSlots out = OutSlots.cleared();
      return Liaison.document(function.call(policy.handle, out.at(0), out.at(1), out.at(2)), out);
    } finally {
      policy.release();
    }
  }

  /** The document a records call returns, decoded; or the exception for its error. */
  static String document(Policy policy, RecordsCall function, byte[] records, String asOf) {
    return Liaison.document(status(policy, function, records, asOf), OutSlots.current());
  }

  /** Makes a records call; its status, with its outputs in the calling thread's slots. */
  static int status(Policy policy, RecordsCall function, byte[] records, String asOf) {
    byte[] date = asOf.getBytes(StandardCharsets.UTF_8);
    policy.acquire();
    try {
      OutSlots out = OutSlots.cleared();
      return function.call(policy.handle, records, new SizeT(records.length), date,
          new SizeT(date.length), out.at(0), out.at(1), out.at(2));
    } finally {
      policy.release();
    }
  }

  /**
   * The entries of liaison_evaluate_json_indexed, each decoded on its own
   * (Policy.evaluateEach); or the exception for its error.
   */
  static List<String> entries(Policy policy, byte[] records, String asOf) {
    byte[] date = asOf.getBytes(StandardCharsets.UTF_8);
    policy.acquire();
    OutSlots out = OutSlots.cleared();
    int status;
    try {
      status = LiaisonNative.liaison_evaluate_json_indexed(policy.handle, records,
          new SizeT(records.length), date, new SizeT(date.length), out.at(0), out.at(1),
          out.at(3), out.at(4), out.at(2));
    } finally {
      policy.release();
    }
    Liaison.check(status, out);
    Pointer text = out.pointer(0);
    Pointer spans = out.pointer(3);
    try {
      int count = Math.toIntExact(out.sizeT(4));
      List<String> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        entries.add(LiaisonNative.utf8(text.share(SizeT.read(spans, 2 * i)),
            SizeT.read(spans, 2 * i + 1)));
      }
      return List.copyOf(entries);
    } finally {
      LiaisonNative.liaison_free(spans);
      LiaisonNative.liaison_free(text);
    }
  }

  /** The document a diff call from `before` to `after` returns. */
  static String diff(Policy before, DiffCall function, Policy after, String records,
      String asOf) {
    byte[] bytes = records.getBytes(StandardCharsets.UTF_8);
    byte[] date = asOf.getBytes(StandardCharsets.UTF_8);
    before.acquire();
    try {
      after.acquire();
      try {
        OutSlots out = OutSlots.cleared();
        return Liaison.document(function.call(before.handle, after.handle, bytes,
            new SizeT(bytes.length), date, new SizeT(date.length), out.at(0), out.at(1),
            out.at(2)), out);
      } finally {
        after.release();
      }
    } finally {
      before.release();
    }
  }
}
