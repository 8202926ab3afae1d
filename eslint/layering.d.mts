export declare const LAYERS: Record<string, readonly string[] | "*">;
export declare const FORBIDDEN_PACKAGES: string[];
export declare function layeringZones(folders: string[]): object[];
export declare function forbiddenPackageRule(): object;
