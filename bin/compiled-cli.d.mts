export declare function compiledCli(options?: {
  root?: string;
  cacheDir?: string;
}): Promise<string | undefined>;
export declare const WORKER_ENTRIES: Record<string, string>;
export declare const COMPILED_CLI_ENV: string;
export declare function loadWorker(name: string, packages?: readonly string[]): Promise<void>;
