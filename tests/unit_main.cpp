#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <execinfo.h>
#include <unistd.h>

#include <csignal>

namespace {

// doctest names the test case a crash happened in; this adds where: the crashing thread's
// frames, as the binary's offsets (addr2line -e unit_tests turns them into lines). A crash
// seen once on a CI machine is then found from its log.
void print_frames(int signal_number) {
  void* frames[64];
  const int count = backtrace(frames, 64);
  backtrace_symbols_fd(frames, count, STDERR_FILENO);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

int main(int argc, char** argv) {
  // The first call loads the unwinder, which a signal handler must not do.
  void* first[1];
  backtrace(first, 1);
  for (const int signal_number : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) {
    struct sigaction current {};
    // A sanitizer's own handler, when there is one, reports better: it stays.
    if (sigaction(signal_number, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
      std::signal(signal_number, print_frames);
  }
  return doctest::Context(argc, argv).run();
}
