export declare const serverEnv: Record<string, string | undefined>;
export declare function ensureSiteBuilt(distDir?: string): Promise<void>;
export declare function startServer(
  port: number,
  options?: {
    stdio?: "inherit" | "ignore" | "pipe";
    host?: string;
    env?: Record<string, string | undefined>;
    searchWarmUp?: boolean;
  },
): { child: import("node:child_process").ChildProcess; stop(): void };
export declare function waitForServer(url: string, ms?: number): Promise<void>;
export declare function waitForServerGone(url: string, ms?: number): Promise<void>;
export declare function answersOk(url: string): Promise<boolean>;
