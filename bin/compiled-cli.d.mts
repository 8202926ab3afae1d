export declare function compiledCli(options?: {
  root?: string;
  cacheDir?: string;
}): Promise<string | undefined>;
