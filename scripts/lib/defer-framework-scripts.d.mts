export declare function deferFrameworkScripts(head: string): string;
export declare function listPageScripts(html: string): string[];
