# Fails unless the markdown file DOC contains the whole of EXAMPLE, so the
# program shown in a guide is the program the tests compile and run.
file(READ ${DOC} doc)
file(READ ${EXAMPLE} example)
string(FIND "${doc}" "${example}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${DOC} does not show ${EXAMPLE} as it is; copy it in again")
endif()
