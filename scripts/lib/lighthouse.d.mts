export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number }>;
}
export declare function runLighthouse(
  url: string,
  categories: string[],
  options?: { timeoutMs?: number },
): Promise<LighthouseReport>;
export declare function failingAudits(report: LighthouseReport): string[];
export declare function measurePerformance(
  url: string,
  runs?: number,
): Promise<{ runs: number; score: number; lcpMs: number; tbtMs: number; cls: number }>;
