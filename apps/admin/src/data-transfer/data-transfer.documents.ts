import { graphql } from "../api/graphql.ts";

/**
 * An import, as a dry run or for real, with every row's result (the first 2,000 rows). The file travels as a GraphQL multipart upload
 * (upload.ts); `publish` makes new rows (and stored drafts) public at once.
 */
export const IMPORT_DATA = graphql(`
  mutation ImportData($type: ImportType!, $format: ImportFormat!, $file: File!, $dryRun: Boolean!, $publish: Boolean!) {
    importData(type: $type, format: $format, file: $file, dryRun: $dryRun, publish: $publish) {
      dryRun applied rows created updated unchanged problemCount
      problems { row column code message }
      rowResults { row key name action changedFields }
      rowResultsTruncated
    }
  }
`);

/** How many public entries each open-data download holds (a size hint next to the links). */
export const EXPORT_COUNTS = graphql(`
  query ExportCounts {
    contactPoints(first: 1) { totalCount }
    partners(first: 1) { totalCount }
    offers(first: 1) { totalCount }
  }
`);
