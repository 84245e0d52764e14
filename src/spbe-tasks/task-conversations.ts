// The SPBE task flows: updating one task (task-update-flow.ts), one agency's entry of a task that
// applies to agencies (agency-update-flow.ts), and importing the catalogue from a CSV file
// (task-import-flow.ts).
import { createAgencyUpdateFlow, type AgencyUpdateDeps } from "./agency-update-flow.js";
import { createTaskImportFlow, type TaskImportDeps } from "./task-import-flow.js";
import { createTaskUpdateFlow, type TaskUpdateDeps } from "./task-update-flow.js";

export const TASK_UPDATE_CONVERSATION = "taskUpdate";
export const TASK_IMPORT_CONVERSATION = "taskImport";
export { AGENCY_UPDATE_CONVERSATION } from "./agency-composer.js";
export { parseProgress, TASK_NOTE_MAX } from "./task-update-flow.js";

export type TaskConversationDeps = TaskUpdateDeps & TaskImportDeps & AgencyUpdateDeps;

export function createTaskConversations(deps: TaskConversationDeps) {
  return { taskUpdate: createTaskUpdateFlow(deps), taskImport: createTaskImportFlow(deps), agencyTaskUpdate: createAgencyUpdateFlow(deps) };
}
