// Loaded on demand by the router (a chunk of its own); the library is imported statically here.
export { PartnerCreateForm, PartnerDirectory, ProgramSettings } from '@tandem/portal-partners';
