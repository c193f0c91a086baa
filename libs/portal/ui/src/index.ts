export { CsvSourceInput } from './components/csv-source-input';
export { EmptyState, type EmptyStateProps } from './components/empty-state';
export { ErrorAlert, type ErrorAlertProps } from './components/error-alert';
export { DetailSkeleton, TableSkeleton } from './components/loading';
export { PageHeader, type PageHeaderProps } from './components/page-header';
export { PaginationBar, type PaginationBarProps } from './components/pagination-bar';
export {
  PARTNER_STATUS_LABELS,
  PartnerStatusBadge,
  USER_STATUS_LABELS,
  UserStatusBadge,
} from './components/status-badges';
export {
  describeApiError,
  errorCode,
  mapFormErrors,
  type ApiErrorInfo,
  type FieldError,
  type FormErrorMapping,
} from './lib/api-error';
export { formatDate, formatDateTime } from './lib/format';
export { useDebouncedSearch } from './lib/use-debounced-search';
export { theme } from './theme';
export { DeleteConfirm } from './components/delete-confirm';
export { countryLabel, countryOptions, rankCountries } from './lib/countries';
export { useNow } from './lib/use-now';
export {
  formatMetricValue,
  formatProgress,
  targetFromInput,
  targetToInput,
} from './lib/metric-format';
export { CsvImportReportView } from './components/csv-import-report';
export {
  CSV_OUTCOME_COLORS,
  csvImportButtonLabel,
  csvImportableCount,
  csvOutcomeLabel,
  csvRowDetails,
  summarizeCsvImport,
  type CsvImportReportLike,
  type CsvImportRowLike,
} from './lib/csv-import';
export { csvExportHref } from './lib/csv-export';
