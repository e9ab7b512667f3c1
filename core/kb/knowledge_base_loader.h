// Loads and validates a knowledge base from JSON: structure first, then the semantic rules the
// engine relies on (every id resolves, weights stay positive, scores stay within 0..10).
#pragma once

#include "core/base/error.h"
#include "core/kb/knowledge_base.h"

#include <string>
#include <string_view>

namespace advisor {

inline constexpr const char* kBuiltInKnowledgeBaseLabel = "<built-in knowledge base>";
// The file formats this version reads: 2 added quoted sources, ranges in figures and context
// questions; 3 the team's situation (facts apart from the criteria) and answers that make a
// criterion's claims count for less (damp). A format-2 file reads as one without a situation.
inline constexpr int kKnowledgeBaseFormat = 3;
inline constexpr int kOldestKnowledgeBaseFormat = 2;

Result<KnowledgeBase> parseKnowledgeBase(std::string_view jsonText, const std::string& fileLabel);
Result<KnowledgeBase> loadKnowledgeBase(const std::string& path);

// The knowledge base compiled into the binary from data/knowledge-base.json.
std::string_view builtInKnowledgeBaseJson();
// Its content hash, computed at build time (core/tools/embed_content_hash.cpp).
std::string_view builtInKnowledgeBaseHash();
const KnowledgeBase& builtInKnowledgeBase();

} // namespace advisor
