// The scratch directory of scratch_directory.h. LIAISON_SOURCE_DIR is the
// source tree, set by tests/fuzz/CMakeLists.txt.
#include "scratch_directory.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "liaison/policy.h"

namespace liaison::fuzz {
namespace {

namespace fs = std::filesystem;

struct ScratchFile {
  std::string contents;
  fs::file_time_type written;  // as the file system last saw it written
};

struct Scratch {
  std::string directory;
  std::map<std::string, ScratchFile> files;  // by name
};

std::string ReadSource(const std::string& relative) {
  std::ifstream in(std::string(LIAISON_SOURCE_DIR) + "/" + relative, std::ios::binary);
  if (!in) std::abort();
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A case file of tests/cases with "../../examples/" taken out of its paths.
std::string LocalCase(const std::string& name) {
  std::string text = ReadSource("tests/cases/" + name);
  const std::string prefix = "../../examples/";
  for (std::size_t at; (at = text.find(prefix)) != std::string::npos;) {
    text.erase(at, prefix.size());
  }
  return text;
}

void Write(const std::string& directory, const std::string& name, ScratchFile& file) {
  const std::string path = directory + "/" + name;
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << file.contents;
  }
  std::error_code error;
  file.written = fs::last_write_time(path, error);
}

Scratch& TheScratch() {
  static Scratch* scratch = [] {
    auto* made = new Scratch;
    std::string pattern = (fs::temp_directory_path() / "liaison-fuzz-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) std::abort();
    made->directory = pattern;
    for (const char* example : {"department.json", "department-2018.json", "department.xlsx"}) {
      made->files[example].contents = ReadSource(std::string("examples/") + example);
    }
    for (const char* policy : {"hunan", "hunan-2018"}) {
      made->files[std::string(policy) + ".json"].contents =
          std::string(*Policy::EmbeddedJson(policy));
    }
    for (const char* name : {"hunan-2018.case.json", "hunan-2026-midyear.case.json",
                             "hunan-caps.case.json"}) {
      made->files[name].contents = LocalCase(name);
    }
    for (auto& [name, file] : made->files) Write(made->directory, name, file);
    std::atexit([] { fs::remove_all(TheScratch().directory); });
    return made;
  }();
  return *scratch;
}

}  // namespace

const std::string& ScratchDirectory() { return TheScratch().directory; }

void RestoreScratchDirectory() {
  Scratch& scratch = TheScratch();
  std::error_code error;
  std::vector<fs::path> strays;
  for (const fs::directory_entry& entry : fs::directory_iterator(scratch.directory, error)) {
    if (scratch.files.count(entry.path().filename().string()) == 0) strays.push_back(entry.path());
  }
  for (const fs::path& stray : strays) fs::remove_all(stray, error);
  for (auto& [name, file] : scratch.files) {
    const std::string path = scratch.directory + "/" + name;
    if (!fs::is_regular_file(path, error) || fs::file_size(path, error) != file.contents.size() ||
        fs::last_write_time(path, error) != file.written) {
      fs::remove_all(path, error);
      Write(scratch.directory, name, file);
    }
  }
}

bool MayLeaveScratchDirectory(std::string_view text) {
  return text.find('/') != std::string_view::npos || text.find('\\') != std::string_view::npos;
}

}  // namespace liaison::fuzz
