#pragma once
// An office over an in-memory database with the shipped configuration, and a directory to
// write ledgers in, and a row count: what the import tests share.
#include "config/config.hpp"
#include "import/importer.hpp"
#include "records/workspace.hpp"
#include "storage/store.hpp"

#include "temp_dir.hpp"
#include <string>

// The rows `table` holds.
inline long count_rows(cppcc::storage::Store& store, const std::string& table)
{
  return store.db().execAndGet("SELECT count(*) FROM " + table).getInt();
}

struct ImportOffice {
  TempDir dir;
  cppcc::storage::Store store = cppcc::storage::Store::create(":memory:");
  cppcc::config::Config config = cppcc::config::Config::from_text("", "test");
  cppcc::records::Workspace ws{store, config, "tester", cppcc::io::Date{2024, 3, 1},
                               cppcc::config::Lang::en};

  // Imports `text`, written to a file named `name`, as records of `kind`.
  cppcc::import::Summary import(const std::string& kind, const std::string& name,
                                const std::string& text,
                                cppcc::import::DryRun dry = cppcc::import::DryRun::no)
  {
    cppcc::import::Options options;
    options.dry_run = dry;
    return cppcc::import::import_files(ws, cppcc::import::kind_named(kind),
                                       {dir.write(name, text).string()}, options);
  }
};
