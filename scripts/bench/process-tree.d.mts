export declare function treeMemoryBytes(rootPid: number, kind?: "pss" | "rss"): number;
export declare function runMeasured(
  command: string,
  args: string[],
  options?: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    timeoutMs?: number;
    ready?: () => Promise<boolean>;
    quiet?: boolean;
  },
): Promise<{ ms: number; peakMiB: number; code: number | null; timedOut: boolean; stderr: string }>;
