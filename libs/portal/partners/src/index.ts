export { PartnerCreateForm } from './components/partner-create-form';
export { PartnerDetail, PartnerNotFound } from './components/partner-detail';
export { PartnerDirectory } from './components/partner-directory';
export { PartnerOverview } from './components/partner-overview';
export { ProgramSettings } from './components/program-settings';
export { parseDirectoryParams, toPartnerFilter } from './hooks/use-directory-params';
export { PartnerImportPage } from './components/partner-import';
