#include "util/nearest.h"

#include <doctest/doctest.h>

#include <random>

#include "util/text.h"

using namespace oitgen;

namespace {

// The definition: compare the word with every candidate in turn.
std::optional<std::string> nearest_by_comparing_all(std::string_view word,
                                                    const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  bool tie = false;
  for (const auto& candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    if (!best || d < best_distance) {
      best = candidate;
      best_distance = d;
      tie = false;
    } else if (d == best_distance && candidate != *best) {
      tie = true;
    }
  }
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  if (best && !tie && best_distance <= limit) return best;
  return std::nullopt;
}

}  // namespace

TEST_CASE("the index finds what comparing with every candidate finds") {
  std::mt19937 random(11);
  auto word = [&](std::size_t max_length) {
    std::uniform_int_distribution<std::size_t> length(0, max_length);
    std::uniform_int_distribution<int> letter(0, 3);  // few letters: many near candidates
    std::string out;
    for (std::size_t n = length(random); n > 0; --n) out += static_cast<char>('a' + letter(random));
    return out;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> candidates;
    for (int i = 0; i < 40; ++i) candidates.push_back(word(8));
    const NearestIndex index(candidates);
    for (int q = 0; q < 20; ++q) {
      const std::string query = word(9);
      // No digits, so the leading-zeros rule never applies here.
      CHECK(index.find(query) == nearest_by_comparing_all(query, candidates));
    }
  }
}

TEST_CASE("leading zeros win before distance, in candidate order") {
  const NearestIndex index({"p15", "p005", "p05"});
  CHECK(index.find("p5") == std::optional<std::string>("p005"));
  CHECK(index.find("p05") == std::optional<std::string>("p005"));  // the word itself is skipped
}

TEST_CASE("one index answers many look-ups among many ids") {
  std::vector<std::string> ids;
  for (int i = 1; i <= 20000; ++i) ids.push_back("p" + std::to_string(100000 + i));
  const NearestIndex index(ids);
  int suggested = 0;
  for (int i = 1; i <= 20000; ++i)
    if (index.find("q" + std::to_string(100000 + i))) ++suggested;
  CHECK(suggested == 20000);                      // one letter off: the id itself
  CHECK(index.find("p1000011") == std::nullopt);  // p100001 and p100011 are as near
}
