// Loaded on demand by the router (a chunk of its own); the library is imported statically here.
export { IncentivesPage, IncentivesHomeWidget } from '@tandem/portal-incentives';
