export interface LighthouseReport {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      title: string;
      numericValue?: number;
      details?: { items?: { node?: { selector?: string; snippet?: string; explanation?: string } }[] };
    }
  >;
}
export declare function runLighthouse(
  url: string,
  categories: string[],
  options?: { timeoutMs?: number; cpuSlowdownMultiplier?: number },
): Promise<LighthouseReport>;
export declare function failingAudits(report: LighthouseReport): string[];
export declare const DEFAULT_CPU_SLOWDOWN: number;
export declare function cpuSlowdownFor(benchmarkIndex: number): number;
export declare function measurePerformance(
  url: string,
  runs?: number,
): Promise<{
  runs: number;
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  benchmarkIndex: number;
  cpuSlowdownMultiplier: number;
  defaultScore: number;
}>;
export declare function rowLighthouseHost(
  row: (area: string, figure: string, value: number, unit: string, goal?: string, ok?: boolean) => void,
  area: string,
  what: string,
  lh: Awaited<ReturnType<typeof measurePerformance>>,
): void;
