export { DefinitionsPage } from './components/definitions-page';
