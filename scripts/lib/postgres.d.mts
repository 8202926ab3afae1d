export declare function findPostgres(): string | undefined;
export declare function ensurePostgres(): Promise<string>;
export declare function startPostgres(options?: {
  port?: number;
}): Promise<{ url: string; port: number; dataDir: string; stop(): void }>;
export declare function stopServerOf(
  data: string,
  options?: { bin?: string; mode?: "smart" | "fast" | "immediate" },
): void;
