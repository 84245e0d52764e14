export function bundle(entryPoints: Record<string, string>, outdir: string): Promise<void>;
export function buildBot(): Promise<void>;
