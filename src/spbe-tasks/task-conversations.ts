// The SPBE task flows: updating one task (task-update-flow.ts) and importing the catalogue from a
// CSV file (task-import-flow.ts).
import { createTaskImportFlow, type TaskImportDeps } from "./task-import-flow.js";
import { createTaskUpdateFlow, type TaskUpdateDeps } from "./task-update-flow.js";

export const TASK_UPDATE_CONVERSATION = "taskUpdate";
export const TASK_IMPORT_CONVERSATION = "taskImport";
export { parseProgress, TASK_NOTE_MAX } from "./task-update-flow.js";

export type TaskConversationDeps = TaskUpdateDeps & TaskImportDeps;

export function createTaskConversations(deps: TaskConversationDeps) {
  return { taskUpdate: createTaskUpdateFlow(deps), taskImport: createTaskImportFlow(deps) };
}
