export { PersonaCreateForm } from './components/persona-create-form';
export { PersonaDetail, PersonaNotFound } from './components/persona-detail';
export { PersonaLibrary } from './components/persona-library';
