export const WEBAPP_LANGUAGES: string[];
export const FIRST_SCREEN_LIMIT: number;
export interface FileSizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface WebAppBuild {
  outdir: string;
  index: string;
  script: string;
  style: string | null;
  sizes: Record<string, FileSizes>;
  firstScreen: { files: string[] } & FileSizes;
}
export function compileMessages(lang: string): Promise<Record<string, string>>;
export function buildWebApp(options?: { outdir?: string; quiet?: boolean }): Promise<WebAppBuild>;
export function hasWebAppBuild(outdir?: string): Promise<boolean>;
