// The C ABI's streaming evaluation (liaison_stream_*, liaison.h): a
// StreamedEvaluation (src/evaluate/streamed_evaluation.h) behind an opaque
// handle. Push in, pull out: the caller feeds bytes and takes the output
// ready so far, so no callback crosses the ABI (docs/c-api.md says why).
#include <optional>
#include <string_view>

#include "bridge.h"
#include "evaluate/streamed_evaluation.h"
#include "liaison.h"
#include "results_form.h"

namespace {

using namespace liaison::capi;  // the handles and helpers of bridge.h

struct StreamObject {
  StreamObject(const liaison::Policy& under, absl::CivilDay as_of, liaison::ResultsForm form)
      : policy(under), evaluation(policy, as_of, liaison::JsonStyle::kCompact, form) {}

  liaison::Policy policy;
  liaison::StreamedEvaluation evaluation;
  bool finished = false;
  bool taken = false;  // the output given by the last liaison_stream_next
};

// Drops the output the last liaison_stream_next gave.
void DropTaken(StreamObject& s) {
  if (!s.taken) return;
  s.evaluation.Clear();
  s.taken = false;
}

StreamObject* Object(liaison_stream* stream) { return reinterpret_cast<StreamObject*>(stream); }

}  // namespace

liaison_status liaison_stream_new(const liaison_policy* policy, const char* as_of,
                                  size_t as_of_length, uint32_t options, liaison_stream** stream,
                                  liaison_error** error) {
  return Guarded(error, [&] {
    if (stream == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("stream ", "stream"), error);
    }
    *stream = nullptr;
    if (policy == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("policy ", "policy"), error);
    }
    const std::optional<liaison::ResultsForm> form = ResultsFormOf(options);
    if (!form) return Fail(LIAISON_INVALID_ARGUMENT, kUnknownOptions, error);
    absl::StatusOr<absl::CivilDay> day = Date(as_of, as_of_length);
    if (!day.ok()) return Fail(day.status(), error);
    *stream = reinterpret_cast<liaison_stream*>(
        new StreamObject(liaison::capi::Object(policy)->policy, *day, *form));
    return Succeed(error);
  });
}

liaison_status liaison_stream_feed(liaison_stream* stream, const char* bytes, size_t length,
                                   liaison_error** error) {
  return Guarded(error, [&] {
    if (stream == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("stream ", "stream"), error);
    }
    if (!Valid(bytes, length)) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("bytes ", "bytes"), error);
    }
    StreamObject& s = *Object(stream);
    if (s.finished) {
      return Fail(LIAISON_INVALID_ARGUMENT, {"流已结束", "the stream is finished"}, error);
    }
    DropTaken(s);
    if (absl::Status fed = s.evaluation.Feed(std::string_view(bytes, length)); !fed.ok()) {
      return Fail(fed, error);
    }
    return Succeed(error);
  });
}

liaison_status liaison_stream_finish(liaison_stream* stream, liaison_error** error) {
  return Guarded(error, [&] {
    if (stream == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT, NotNull("stream ", "stream"), error);
    }
    StreamObject& s = *Object(stream);
    DropTaken(s);
    if (absl::Status done = s.evaluation.Finish(); !done.ok()) return Fail(done, error);
    s.finished = true;
    return Succeed(error);
  });
}

liaison_status liaison_stream_next(liaison_stream* stream, const char** output, size_t* length,
                                   liaison_error** error) {
  return Guarded(error, [&] {
    if (output != nullptr) *output = nullptr;
    if (length != nullptr) *length = 0;
    if (stream == nullptr || output == nullptr || length == nullptr) {
      return Fail(LIAISON_INVALID_ARGUMENT,
                  NotNull("stream、output 和 length ", "stream, output and length"), error);
    }
    StreamObject& s = *Object(stream);
    DropTaken(s);
    const std::string_view pending = s.evaluation.pending();
    *output = pending.data();
    *length = pending.size();
    s.taken = true;
    return Succeed(error);
  });
}

void liaison_stream_reset(liaison_stream* stream) {
  if (stream == nullptr) return;
  StreamObject& s = *Object(stream);
  s.evaluation.Reset();
  s.finished = false;
  s.taken = false;
}

void liaison_stream_free(liaison_stream* stream) { delete Object(stream); }
