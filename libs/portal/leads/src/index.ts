export { LeadDetail, LeadNotFound } from './components/lead-detail';
export { LeadImportPage } from './components/lead-import';
export { LeadsPage } from './components/leads-page';
