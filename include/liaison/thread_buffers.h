// The buffers a thread keeps from one call to the next, and how to give them
// back.
//
// Each thread that decodes a document (records, a policy, a case file) keeps
// its JSON parser afterwards, so that its next call neither allocates nor
// faults in the parser's buffers again: about three times the length of the
// largest document the thread has read (documents over 8 MiB are not kept).
// They are freed when the thread exits. A server whose worker threads live
// long and read a large document rarely can give them back sooner:
//
//   liaison::EvaluateRecordsJson(policy, large_text, day);
//   liaison::ReleaseThreadBuffers();  // this thread's parser, now
#ifndef LIAISON_THREAD_BUFFERS_H_
#define LIAISON_THREAD_BUFFERS_H_

namespace liaison {

// Frees the calling thread's kept parser buffers; its next document makes
// new ones. Other threads' buffers are untouched.
void ReleaseThreadBuffers();

}  // namespace liaison

#endif  // LIAISON_THREAD_BUFFERS_H_
