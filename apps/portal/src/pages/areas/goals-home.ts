// The partner home's goals overview, loaded on demand so the first screen stays light.
export { GoalsHomeOverview } from '@tandem/portal-goals';
