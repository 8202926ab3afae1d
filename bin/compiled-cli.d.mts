export declare function sourceKey(root: string): string;
export declare function compiledCli(options?: {
  root?: string;
  cacheDir?: string;
}): Promise<string | undefined>;
