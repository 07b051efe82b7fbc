#pragma once
// "Did you mean" suggestions among many candidates (project ids, field names, OIT codes).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace oitgen {

// The candidates, prepared once so that each look-up costs far less than comparing the word
// with every candidate: a report whose every entry names an unknown project is checked in
// linear time, not in entries x projects.
class NearestIndex {
 public:
  explicit NearestIndex(const std::vector<std::string>& candidates);

  // The candidate closest to `word`, if it is close enough to be a likely typo and no other
  // candidate is as close. A candidate that differs only in leading zeros of a number ("p5"
  // for "p05") wins first.
  std::optional<std::string> find(std::string_view word) const;

 private:
  // A byte trie: first child and next sibling, so that a node is four ints.
  struct Node {
    int first_child = -1;
    int next_sibling = -1;
    int candidate = -1;  // index of the first candidate ending here
    unsigned char byte = 0;
  };

  std::vector<std::string> candidates_;
  std::vector<Node> nodes_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_plain_;  // without leading zeros
  std::size_t longest_ = 0;  // bytes of the longest candidate
};

}  // namespace oitgen
