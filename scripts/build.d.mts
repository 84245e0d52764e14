export const OFF_THREAD_WORKER_ENTRY: Record<string, string>;
export function bundle(entryPoints: Record<string, string>, outdir: string): Promise<void>;
export function buildBot(): Promise<void>;
