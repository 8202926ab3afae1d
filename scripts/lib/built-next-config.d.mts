export declare function readBuiltNextConfig(distDir: string): Record<string, unknown> | undefined;
