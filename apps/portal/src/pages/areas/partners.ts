// Loaded on demand by the router (a chunk of its own); the library is imported statically here.
export {
  PartnerCreateForm,
  PartnerDirectory,
  PartnerImportPage,
  ProgramSettings,
} from '@tandem/portal-partners';
