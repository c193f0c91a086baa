import { graphql } from '../gql';

/** Every CSV import (partners, products, existing customers) answers with this report. */
export const CsvImportReportFieldsFragmentDoc = graphql(`
  fragment CsvImportReportFields on CsvImportReport {
    preview
    totalRows
    created
    updated
    unchanged
    invalid
    duplicates
    errors
    warnings
    rows {
      line
      label
      outcome
      matchedBy
      changes
      errors {
        column
        message
      }
    }
  }
`);
