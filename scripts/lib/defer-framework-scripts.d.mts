export declare function deferFrameworkScripts(head: string): string;
