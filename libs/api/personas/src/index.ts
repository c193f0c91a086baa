export * from './persona.entity';
export * from './persona-content';
export * from './persona-sheet';
export * from './personas.service';
export * from './persona-comments.service';
export * from './personas.module';
