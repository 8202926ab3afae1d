export declare function findPostgres(): string | undefined;
export declare function ensurePostgres(): Promise<string>;
export declare function startPostgres(options: {
  port: number;
}): Promise<{ url: string; dataDir: string; stop(): void }>;
