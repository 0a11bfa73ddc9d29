// Filled in by the import/export work.
