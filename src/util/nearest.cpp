#include "util/nearest.h"

#include <algorithm>
#include <numeric>

namespace oitgen {

namespace {

// "p05" and "p5" name the same project to a reader: digits compare without leading zeros.
std::string without_leading_zeros(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool run_start = i == 0 || word[i - 1] < '0' || word[i - 1] > '9';
    if (run_start)
      while (word[i] == '0' && i + 1 < word.size() && word[i + 1] >= '0' && word[i + 1] <= '9') ++i;
    out += word[i];
  }
  return out;
}

}  // namespace

NearestIndex::NearestIndex(const std::vector<std::string>& candidates)
    : candidates_(candidates), nodes_(1) {
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const std::string& candidate = candidates_[i];
    longest_ = std::max(longest_, candidate.size());
    by_plain_[without_leading_zeros(candidate)].push_back(i);
    int node = 0;
    for (const char c : candidate) {
      const auto byte = static_cast<unsigned char>(c);
      int child = nodes_[node].first_child;
      while (child >= 0 && nodes_[child].byte != byte) child = nodes_[child].next_sibling;
      if (child < 0) {
        child = static_cast<int>(nodes_.size());
        Node fresh;
        fresh.byte = byte;
        fresh.next_sibling = nodes_[node].first_child;
        nodes_.push_back(fresh);
        nodes_[node].first_child = child;
      }
      node = child;
    }
    if (nodes_[node].candidate < 0) nodes_[node].candidate = static_cast<int>(i);
  }
}

// Levenshtein distance (over bytes) to every candidate at once, walking the trie: one row of
// the distance table per trie node, shared by every candidate with that prefix, and a branch
// is left as soon as no candidate below it can be close enough. No library that oitgen uses
// offers this; it finds exactly what comparing with each candidate in turn would.
std::optional<std::string> NearestIndex::find(std::string_view word) const {
  if (const auto same = by_plain_.find(without_leading_zeros(word)); same != by_plain_.end())
    for (const std::size_t i : same->second)
      if (candidates_[i] != word) return candidates_[i];

  // A suggestion that changes more than a third of the word is a guess, not a typo fix, and
  // so is a pick between equally close candidates.
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  const std::size_t n = word.size();
  // Every candidate is further than its length difference: a word much longer than all of
  // them (a pasted paragraph) has none near, and its distance table would take gigabytes.
  if (n > longest_ + limit) return std::nullopt;
  std::size_t best_distance = limit + 1;
  int best = -1;
  bool tie = false;
  auto consider = [&](std::size_t distance, int candidate) {
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
      tie = false;
    } else if (distance == best_distance) {
      tie = true;  // terminals are distinct strings
    }
  };

  std::vector<std::vector<std::size_t>> rows(1, std::vector<std::size_t>(n + 1));
  std::iota(rows[0].begin(), rows[0].end(), std::size_t{0});
  if (nodes_[0].candidate >= 0) consider(n, nodes_[0].candidate);
  // Depth-first: a node's row is computed from its parent's, which is the row one level up.
  std::vector<std::pair<int, std::size_t>> stack;  // node, depth
  for (int child = nodes_[0].first_child; child >= 0; child = nodes_[child].next_sibling)
    stack.emplace_back(child, 1);
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    if (rows.size() <= depth) rows.emplace_back(n + 1);
    const std::vector<std::size_t>& above = rows[depth - 1];
    std::vector<std::size_t>& row = rows[depth];
    row[0] = depth;
    std::size_t row_min = row[0];
    const char byte = static_cast<char>(nodes_[node].byte);
    for (std::size_t j = 1; j <= n; ++j) {
      row[j] =
          std::min({above[j] + 1, row[j - 1] + 1, above[j - 1] + (word[j - 1] == byte ? 0 : 1)});
      row_min = std::min(row_min, row[j]);
    }
    if (nodes_[node].candidate >= 0 && row[n] <= limit) consider(row[n], nodes_[node].candidate);
    // Distances only grow below this node; a tie with the best still matters.
    if (row_min > std::min(limit, best_distance)) continue;
    for (int child = nodes_[node].first_child; child >= 0; child = nodes_[child].next_sibling)
      stack.emplace_back(child, depth + 1);
  }
  if (best < 0 || tie) return std::nullopt;
  return candidates_[static_cast<std::size_t>(best)];
}

}  // namespace oitgen
