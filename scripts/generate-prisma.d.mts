export const MODEL_SCHEMA: string;
export const POSTGRES_SCHEMA: string;
export function postgresSchemaFrom(model: string): string;
export function postgresSchemaStatus(projectRoot?: string): { file: string; expected: string; current: boolean };
export function writePostgresSchema(projectRoot?: string): boolean;
