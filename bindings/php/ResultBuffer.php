<?php
/**
 * ResultBuffer: native memory an evaluation is written into, kept by the
 * caller from call to call (liaison_evaluate_json_reusing, capi/liaison.h).
 *
 * An evaluation's text is about three times its records (some 11 KB a cadre).
 * Without a buffer the library allocates it afresh each call, and a result
 * that large is fresh pages from the kernel every time, which from 100,000
 * cadres on nearly doubles the library's cost per cadre
 * (docs/performance.md). Passed to Liaison's evaluate(), evaluateLean() or
 * evaluateLines(), the buffer is written into instead: used when it is large
 * enough, replaced by a larger one when it is not, so batch after batch takes
 * no new native memory for the result. The results are byte for byte those of
 * the calls without one.
 *
 *   $buffer = new ResultBuffer();
 *   foreach ($batches as $batch) {
 *       $evaluation = $policy->evaluate($batch, '2026-12-31', $buffer);
 *   }
 *   $buffer->close();
 *
 * The caller decides its life: close(), or the object's end, frees the
 * memory; a closed buffer is refused with INVALID_ARGUMENT. A call that fails
 * throws as without a buffer and leaves the buffer usable. A PHP request runs
 * on one thread, so a buffer needs no lock; keep one per worker or request.
 */
final class ResultBuffer
{
    /** The library's FFI, from the first call (until then nothing is allocated). */
    private ?FFI $ffi = null;
    /** The buffer's char* and its size_t capacity, the library's to replace. */
    private ?FFI\CData $text = null;
    private ?FFI\CData $size = null;
    private bool $closed = false;

    /** The bytes the buffer holds: 0 before the first call and after close(). */
    public function capacity(): int
    {
        return $this->size === null ? 0 : $this->size->cdata;
    }

    public function isClosed(): bool
    {
        return $this->closed;
    }

    /** Frees the memory; calls with the buffer then throw. Closing twice is allowed. */
    public function close(): void
    {
        if ($this->text !== null && !FFI::isNull($this->text)) {
            $this->ffi->liaison_free($this->text);
        }
        $this->text = $this->size = null;
        $this->closed = true;
    }

    public function __destruct()
    {
        $this->close();
    }

    /**
     * For Liaison's evaluate calls: $call(char** buffer, size_t* capacity) makes the call
     * into this buffer and returns the result's length; the result, copied.
     *
     * @internal
     */
    public function write(FFI $ffi, callable $call): string
    {
        if ($this->closed) {
            throw new LiaisonException('the result buffer is closed; make a new ResultBuffer',
                Liaison::INVALID_ARGUMENT, '', [], '结果缓冲区已关闭，请新建一个 ResultBuffer');
        }
        if ($this->ffi === null) {
            $this->ffi = $ffi;
            $this->text = $ffi->new('char*');
            $this->size = $ffi->new('size_t');
        }
        $length = $call(FFI::addr($this->text), FFI::addr($this->size));
        return FFI::string($this->text, $length);
    }
}
